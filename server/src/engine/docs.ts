/** Where a rule's documentation page lives; derived from the id in one place. */
export const REPOSITORY_URL = 'https://github.com/connector-certify/connector-certify';

export function ruleDocsUrl(ruleId: string): string {
	return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
