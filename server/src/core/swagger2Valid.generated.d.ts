/** Whether a value is a valid Swagger 2.0 document (Ajv standalone code: see scripts/generate-validators.mjs). */
declare function validate(value: unknown): boolean;
export default validate;
