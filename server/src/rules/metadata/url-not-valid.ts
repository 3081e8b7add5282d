import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import type { JsonPath } from '../../core/json';
import { isObject } from '../../core/refs';
import { parseAbsoluteUrl } from '../../core/metadata';

/**
 * SVR `UrlNotValid`: the Swagger `url` fields (contact, license, externalDocs of the root, tags, operations and
 * schemas) must be absolute URLs. The connector metadata URLs are metadata-url-valid's.
 */
export default defineRule({
	id: 'url-not-valid',
	msCode: 'UrlNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "Every 'url' property (contact, license, externalDocs) must be an absolute URL.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const root = swagger.root;
		const holders: { path: JsonPath; value: unknown; emptyIsOther?: boolean }[] = [];
		const info = root.info;
		if (isObject(info)) {
			// An empty contact url is info-contact-fields' finding.
			holders.push({ path: ['info', 'contact'], value: info.contact, emptyIsOther: true });
			holders.push({ path: ['info', 'license'], value: info.license });
		}
		holders.push({ path: ['externalDocs'], value: root.externalDocs });
		if (Array.isArray(root.tags)) {
			root.tags.forEach((tag, index) => holders.push({ path: ['tags', index, 'externalDocs'], value: isObject(tag) ? tag.externalDocs : undefined }));
		}
		// Only the operations and schemas that have externalDocs: a path for each of the thousands of schemas of a
		// large definition was most of this rule's time.
		for (const operation of swagger.operations()) {
			if (operation.value.externalDocs !== undefined) {
				holders.push({ path: [...operation.path, 'externalDocs'], value: operation.value.externalDocs });
			}
		}
		const schemaList = swagger.schemas();
		for (let schemaIndex = 0; schemaIndex < schemaList.length; schemaIndex++) {
			const schema = schemaList[schemaIndex];
			if (schema.ref === undefined && schema.value && schema.value.externalDocs !== undefined) {
				holders.push({ path: [...schema.path, 'externalDocs'], value: schema.value.externalDocs });
			}
		}
		for (const holder of holders) {
			const url = isObject(holder.value) ? holder.value.url : undefined;
			if (typeof url !== 'string' || (holder.emptyIsOther && url.trim() === '') || parseAbsoluteUrl(url)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...holder.path, 'url'],
				message: "The 'url' property must be a valid absolute URL.",
				data: { url },
			});
		}
	},
});
