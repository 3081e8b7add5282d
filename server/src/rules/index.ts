/**
 * The rule registry. Every rule is listed here explicitly, in the order findings are computed; the meta-test checks
 * that each has a test file and a doc page named by its id.
 */
import type { Rule } from '../engine/types';
import jsonSyntax from './json-syntax';
import opSummaryRequired from './op-summary-required';
import jsonStrict from './json-strict';
import jsonDuplicateKey from './json-duplicate-key';
import fileEncoding from './file-encoding';
import opDescriptionRequired from './op-description-required';
import paramXMsSummaryRequired from './param-x-ms-summary-required';
import paramDescriptionRequired from './param-description-required';
import visibilityEnum from './visibility-enum';
import opVisibilitySet from './op-visibility-set';
import paramVisibilitySet from './param-visibility-set';
import internalRequiredNeedsDefault from './internal-required-needs-default';
import authTypeSupported from './auth-type-supported';
import oauthNoClientCredentials from './oauth-no-client-credentials';
import apiPropertiesSchema from './api-properties-schema';
import specificationVersionIncorrect from './specification-version-incorrect';
import swaggerSchema from './swagger-schema';
import additionalPropertyNotAllowed from './additional-property-not-allowed';
import jsonTypeIncorrect from './json-type-incorrect';
import jsonValueNotInEnum from './json-value-not-in-enum';
import requiredPropertyMissing from './required-property-missing';
import schemaReferenceNotFound from './schema-reference-not-found';
import schemaReferenceNotValid from './schema-reference-not-valid';
import parameterReferenceNotFound from './parameter-reference-not-found';
import parameterReferenceNotValid from './parameter-reference-not-valid';
import responseReferenceNotFound from './response-reference-not-found';
import responseReferenceNotValid from './response-reference-not-valid';
import schemaRefLoopNotAllowed from './schema-ref-loop-not-allowed';

export const RULES: readonly Rule[] = [
	] = [jsonSyntax,
	jsonStrict,
	jsonDuplicateKey,
	fileEncoding,
	opSummaryRequired,
	opDescriptionRequired,
	paramXMsSummaryRequired,
	paramDescriptionRequired,
	visibilityEnum,
	opVisibilitySet,
	paramVisibilitySet,
	internalRequiredNeedsDefault,
	authTypeSupported,
	oauthNoClientCredentials,
	apiPropertiesSchema,
	specificationVersionIncorrect,
	swaggerSchema,
	additionalPropertyNotAllowed,
	jsonTypeIncorrect,
	jsonValueNotInEnum,
	requiredPropertyMissing,
	schemaReferenceNotFound,
	schemaReferenceNotValid,
	parameterReferenceNotFound,
	parameterReferenceNotValid,
	responseReferenceNotFound,
	responseReferenceNotValid,
	schemaRefLoopNotAllowed,
];

export function findRule(id: string): Rule | undefined {
	return RULES.find((rule) => rule.id === id);
}
