/** Where the contact rules find the support contact. */
import { isObject } from '../../core/refs';
import type { JsonObject, SwaggerModel } from '../../core/swagger';

/** `info.contact` when it is an object; a missing one is info-contact-required's finding, a malformed one the structure rules'. */
export function infoContact(swagger: SwaggerModel): JsonObject | undefined {
	const info = swagger.root.info;
	return isObject(info) && isObject(info.contact) ? info.contact : undefined;
}
