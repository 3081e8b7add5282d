import type { ErrorObject } from 'ajv';

/** Validates an apiProperties.json value against apiProperties.schema.json with all errors (Ajv standalone code: see scripts/generate-validators.mjs). */
declare const validate: ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
