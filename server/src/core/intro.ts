/** The six section headings of Microsoft's intro.md template (rules.md §10), in order: the scaffold writes them, the intro rules check them. */
export const INTRO_HEADINGS = [
	'## Prerequisites',
	'## How to get credentials',
	'## Get started with your connector',
	'## Known issues and limitations',
	'## Common errors and remedies',
	'## FAQ',
] as const;
