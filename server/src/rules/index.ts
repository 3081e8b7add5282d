/**
 * The rule registry. Every rule is listed here explicitly, grouped by the rules.md section it comes from, in the order
 * findings are computed; the meta-test checks that each has a test file and a doc page named by its id, and that every
 * rule file is listed.
 */
import type { Rule } from '../engine/types';
import jsonSyntax from './json/json-syntax';
import jsonStrict from './json/json-strict';
import jsonDuplicateKey from './json/json-duplicate-key';
import fileEncoding from './json/file-encoding';
import specificationVersionIncorrect from './swagger/specification-version-incorrect';
import swaggerSchema from './swagger/swagger-schema';
import additionalPropertyNotAllowed from './swagger/additional-property-not-allowed';
import jsonTypeIncorrect from './swagger/json-type-incorrect';
import jsonValueNotInEnum from './swagger/json-value-not-in-enum';
import requiredPropertyMissing from './swagger/required-property-missing';
import schemaReferenceNotFound from './swagger/schema-reference-not-found';
import schemaReferenceNotValid from './swagger/schema-reference-not-valid';
import parameterReferenceNotFound from './swagger/parameter-reference-not-found';
import parameterReferenceNotValid from './swagger/parameter-reference-not-valid';
import responseReferenceNotFound from './swagger/response-reference-not-found';
import responseReferenceNotValid from './swagger/response-reference-not-valid';
import schemaRefLoopNotAllowed from './swagger/schema-ref-loop-not-allowed';
import bodyOrFormDataParameterInFetchOperationNotAllowed from './paths/body-or-form-data-parameter-in-fetch-operation-not-allowed';
import connectionIdParameterNotAllowed from './paths/connection-id-parameter-not-allowed';
import consumesMissing from './paths/consumes-missing';
import duplicateOperationPath from './paths/duplicate-operation-path';
import partialDuplicateOperationPath from './paths/partial-duplicate-operation-path';
import invalidFormDataParameterName from './paths/invalid-form-data-parameter-name';
import operationMissingPathParameter from './paths/operation-missing-path-parameter';
import pathParameterNotDefinedInTemplate from './paths/path-parameter-not-defined-in-template';
import pathParameterMustBeRequired from './paths/path-parameter-must-be-required';
import operationParametersAreNotUnique from './paths/operation-parameters-are-not-unique';
import operationParametersContainDuplicateParameter from './paths/operation-parameters-contain-duplicate-parameter';
import operationParametersContainMultipleBodyParameters from './paths/operation-parameters-contain-multiple-body-parameters';
import operationPathContainsUnsupportedCharacters from './paths/operation-path-contains-unsupported-characters';
import operationPathMayNotContainQueryOrFragment from './paths/operation-path-may-not-contain-query-or-fragment';
import operationPathMustStartWithSlash from './paths/operation-path-must-start-with-slash';
import operationPathTemplateNotValid from './paths/operation-path-template-not-valid';
import operationPathVariablesContainDefaults from './paths/operation-path-variables-contain-defaults';
import pathParametersContainDuplicateParameter from './paths/path-parameters-contain-duplicate-parameter';
import pathParametersContainMultipleBodyParameters from './paths/path-parameters-contain-multiple-body-parameters';
import pathRedefined from './paths/path-redefined';
import stringBinaryNotSupportedForFormUrlEncoded from './paths/string-binary-not-supported-for-form-url-encoded';
import mimeTypeNotCompatibleWithRequestContentSchemaType from './paths/mime-type-not-compatible-with-request-content-schema-type';
import fileParameterMustBeInFormData from './paths/file-parameter-must-be-in-form-data';
import parameterListContainsFormDataAndBody from './paths/parameter-list-contains-form-data-and-body';
import parameterRefLoopNotAllowed from './paths/parameter-ref-loop-not-allowed';
import pathParameterMissingEncoding from './paths/path-parameter-missing-encoding';
import queryParameterEncodingNotSupported from './paths/query-parameter-encoding-not-supported';
import reservedParameterIsUsed from './paths/reserved-parameter-is-used';
import allowEmptyValueOnlyValidForQueryFormData from './paths/allow-empty-value-only-valid-for-query-form-data';
import bodyParameterPropertyNotValid from './paths/body-parameter-property-not-valid';
import bodyParameterSchemaRequired from './paths/body-parameter-schema-required';
import nonBodyParameterSchemaNotValid from './paths/non-body-parameter-schema-not-valid';
import pathItemRefNotSuppored from './paths/path-item-ref-not-suppored';
import operationIdRequired from './operations/operation-id-required';
import operationIdNotUnique from './operations/operation-id-not-unique';
import operationIdSanitized from './operations/operation-id-sanitized';
import operationIdTooLong from './operations/operation-id-too-long';
import operationMustHaveResponse from './operations/operation-must-have-response';
import operationShouldHaveSuccessfulResponse from './operations/operation-should-have-successful-response';
import operationHasManyResponsesWithSchema from './operations/operation-has-many-responses-with-schema';
import operationSummaryTooLong from './operations/operation-summary-too-long';
import restrictedCharactersInSummary from './operations/restricted-characters-in-summary';
import invalidNextLinkNameValue from './operations/invalid-next-link-name-value';
import operationStatusAheadOfConnector from './operations/operation-status-ahead-of-connector';
import apiAnnotationExtensionReplacementInfoForNonDeprecatedOperations from './operations/api-annotation-extension-replacement-info-for-non-deprecated-operations';
import apiAnnotationExtensionReplacementInfoMissingApiProperty from './operations/api-annotation-extension-replacement-info-missing-api-property';
import apiAnnotationExtensionReplacementInfoMissingOperationIdProperty from './operations/api-annotation-extension-replacement-info-missing-operation-id-property';
import operationRevisionEmpty from './operations/operation-revision-empty';
import operationFamilyHasDuplicateRevisions from './operations/operation-family-has-duplicate-revisions';
import operationFamilyHasManyActiveOperations from './operations/operation-family-has-many-active-operations';
import operationFamilyHasManyActiveProductionOperations from './operations/operation-family-has-many-active-production-operations';
import operationFamilyHasManyEmptyRevisions from './operations/operation-family-has-many-empty-revisions';
import operationIdShouldEndWithRevision from './operations/operation-id-should-end-with-revision';
import apiAnnotationShape from './operations/api-annotation-shape';
import totalOperationsCountExceedsMaxAllowed from './operations/total-operations-count-exceeds-max-allowed';
import operationSchemaCountExceedsMaxAllowed from './operations/operation-schema-count-exceeds-max-allowed';
import defaultResponseHasSchema from './operations/default-response-has-schema';
import responseExampleMustBeProducedByOperation from './operations/response-example-must-be-produced-by-operation';
import responseHeadersAreNotUnique from './operations/response-headers-are-not-unique';
import responseMustBeDefaultOrHttpStatusCode from './operations/response-must-be-default-or-http-status-code';
import responseRefLoopNotAllowed from './operations/response-ref-loop-not-allowed';
import arrayDuplicateValue from './schemas/array-duplicate-value';
import arrayHasNoItems from './schemas/array-has-no-items';
import requiredPropertyArrayEmpty from './schemas/required-property-array-empty';
import collectionFormatValueNotSupported from './schemas/collection-format-value-not-supported';
import swaggerKeywordNotSupported from './schemas/swagger-keyword-not-supported';
import unrecognizedTypeFormat from './schemas/unrecognized-type-format';
import defaultValueMustMatchType from './schemas/default-value-must-match-type';
import enumMustContainAtLeastOneElement from './schemas/enum-must-contain-at-least-one-element';
import invalidEnumValue from './schemas/invalid-enum-value';
import invalidEnumValuesExtensionValue from './schemas/invalid-enum-values-extension-value';
import duplicateEnumValuesInExtension from './schemas/duplicate-enum-values-in-extension';
import missingEnumValuesDisplayName from './schemas/missing-enum-values-display-name';
import multipleOfMustBeGreaterThanZero from './schemas/multiple-of-must-be-greater-than-zero';
import requiredPropertyDefinitionMissing from './schemas/required-property-definition-missing';
import requiredPropertyNotOnObject from './schemas/required-property-not-on-object';
import requiredReadOnlyPropertyNotAllowedAsInput from './schemas/required-read-only-property-not-allowed-as-input';
import invalidStringBinaryProperty from './schemas/invalid-string-binary-property';
import schemaTypeFileNotValid from './schemas/schema-type-file-not-valid';
import internalPropertyWithDefaultOptional from './schemas/internal-property-with-default-optional';
import propertyMustBeRequired from './schemas/property-must-be-required';
import exclusiveMaximumRequiresMaximum from './schemas/exclusive-maximum-requires-maximum';
import exclusiveMinimumRequiresMinimum from './schemas/exclusive-minimum-requires-minimum';
import maxItemsMustBeGreaterThanOrEqualToZero from './schemas/max-items-must-be-greater-than-or-equal-to-zero';
import minItemsMustBeGreaterThanOrEqualToZero from './schemas/min-items-must-be-greater-than-or-equal-to-zero';
import maxLengthMustBeGreaterThanOrEqualToZero from './schemas/max-length-must-be-greater-than-or-equal-to-zero';
import minLengthMustBeGreaterThanOrEqualToZero from './schemas/min-length-must-be-greater-than-or-equal-to-zero';
import maxPropertiesMustBeGreaterThanOrEqualToZero from './schemas/max-properties-must-be-greater-than-or-equal-to-zero';
import minPropertiesMustBeGreaterThanOrEqualToZero from './schemas/min-properties-must-be-greater-than-or-equal-to-zero';
import minimumShouldBeLessThanOrEqualToMaximum from './schemas/minimum-should-be-less-than-or-equal-to-maximum';
import minItemsShouldBeLessThanOrEqualToMaxItems from './schemas/min-items-should-be-less-than-or-equal-to-max-items';
import minLengthShouldBeLessThanOrEqualToMaxLength from './schemas/min-length-should-be-less-than-or-equal-to-max-length';
import patternShouldBeValidRegularExpression from './schemas/pattern-should-be-valid-regular-expression';
import discriminatorMustBeARequiredStringProperty from './schemas/discriminator-must-be-a-required-string-property';
import jsonPointerNotValid from './schemas/json-pointer-not-valid';
import requiredLoopInSchemaNotAllowed from './schemas/required-loop-in-schema-not-allowed';
import schemaTooDeep from './schemas/schema-too-deep';
import bodySchemaCountExceedsMaxAllowed from './schemas/body-schema-count-exceeds-max-allowed';
import totalSchemaCountExceedsMaxAllowed from './schemas/total-schema-count-exceeds-max-allowed';
import invalidCustomEditorExtensionDictionaryValue from './schemas/invalid-custom-editor-extension-dictionary-value';
import filterFunctionsPropertyEmpty from './schemas/filter-functions-property-empty';
import filterFunctionsPropertyHasDuplicates from './schemas/filter-functions-property-has-duplicates';
import filterFunctionsPropertyInInputSchema from './schemas/filter-functions-property-in-input-schema';
import filterFunctionsPropertyInvalidValue from './schemas/filter-functions-property-invalid-value';
import securityRequirementMustBeDefined from './auth/security-requirement-must-be-defined';
import securityRequirementMustHaveEmptyValue from './auth/security-requirement-must-have-empty-value';
import securityRequirementMustHaveValue from './auth/security-requirement-must-have-value';
import oauthSecurityRequirementValueMustBeScopeName from './auth/oauth-security-requirement-value-must-be-scope-name';
import securitySchemePropertyNotValid from './auth/security-scheme-property-not-valid';
import securitySchemePropertyRequired from './auth/security-scheme-property-required';
import additionalPropertyNotAllowedAdjacentToRef from './schemas/additional-property-not-allowed-adjacent-to-ref';
import operationIdNotFound from './dynamic/operation-id-not-found';
import invokedOperationShouldProduceArray from './dynamic/invoked-operation-should-produce-array';
import invokedOperationShouldProduceProperty from './dynamic/invoked-operation-should-produce-property';
import operationParameterNameNotFound from './dynamic/operation-parameter-name-not-found';
import operationMissingRequiredProperty from './dynamic/operation-missing-required-property';
import operationParameterRequiredMismatch from './dynamic/operation-parameter-required-mismatch';
import operationParameterStaticTypeMismatch from './dynamic/operation-parameter-static-type-mismatch';
import operationParameterTypeMismatch from './dynamic/operation-parameter-type-mismatch';
import sourcePropertyInternal from './dynamic/source-property-internal';
import dynamicExtensionDefinitionNotAllowedInParameter from './dynamic/dynamic-extension-definition-not-allowed-in-parameter';
import dynamicListExtensionRequiredForAmbiguousReferences from './dynamic/dynamic-list-extension-required-for-ambiguous-references';
import dynamicListExtensionRequiredForNonParameterReferences from './dynamic/dynamic-list-extension-required-for-non-parameter-references';
import dynamicPropertiesExtensionRequiredForAmbiguousReferences from './dynamic/dynamic-properties-extension-required-for-ambiguous-references';
import dynamicPropertiesExtensionRequiredForNonParameterReferences from './dynamic/dynamic-properties-extension-required-for-non-parameter-references';
import dynamicPropertiesExtensionRequiredForPropertiesValuePath from './dynamic/dynamic-properties-extension-required-for-properties-value-path';
import dynamicPropertiesItemValuePathMismatch from './dynamic/dynamic-properties-item-value-path-mismatch';
import operationParameterNameIsAmbiguous from './dynamic/operation-parameter-name-is-ambiguous';
import dynamicTreeExtensionMissing from './dynamic/dynamic-tree-extension-missing';
import selectedItemValuePathNotAllowedInThisPosition from './dynamic/selected-item-value-path-not-allowed-in-this-position';
import oneOfPropertiesRequired from './dynamic/one-of-properties-required';
import dynamicValuesShape from './dynamic/dynamic-values-shape';
import dynamicListShape from './dynamic/dynamic-list-shape';
import dynamicSchemaShape from './dynamic/dynamic-schema-shape';
import dynamicPathString from './dynamic/dynamic-path-string';
import dynamicTargetInternal from './dynamic/dynamic-target-internal';
import triggerEnum from './triggers/trigger-enum';
import triggerMetadataShape from './triggers/trigger-metadata-shape';
import webhookOperationsMissingNotificationUrlProperty from './triggers/webhook-operations-missing-notification-url-property';
import notificationUrlNotAllowedInThisPosition from './triggers/notification-url-not-allowed-in-this-position';
import notificationUrlNotInternal from './triggers/notification-url-not-internal';
import notificationUrlNotRequired from './triggers/notification-url-not-required';
import notificationUrlNotString from './triggers/notification-url-not-string';
import operationMustHaveNotificationContentExtension from './triggers/operation-must-have-notification-content-extension';
import notificationExtensionNotSupportedInWebhookOperation from './triggers/notification-extension-not-supported-in-webhook-operation';
import notificationExtensionSupportedForTriggerOnly from './triggers/notification-extension-supported-for-trigger-only';
import notificationOperationMustBeWebhook from './triggers/notification-operation-must-be-webhook';
import schemaDefinitionSetIncorrectly from './triggers/schema-definition-set-incorrectly';
import paramtersWithSameNameMustHaveSameTypeAndVisibility from './triggers/paramters-with-same-name-must-have-same-type-and-visibility';
import webhookDeleteOp from './triggers/webhook-delete-op';
import webhookLocationHeader from './triggers/webhook-location-header';
import webhookTriggerSingle from './triggers/webhook-trigger-single';
import pollingTriggerContract from './triggers/polling-trigger-contract';
import triggerHint from './triggers/trigger-hint';
import triggerSummaryPattern from './triggers/trigger-summary-pattern';
import testConnectionOpExists from './triggers/test-connection-op-exists';
import testConnectionGet from './triggers/test-connection-get';
import testConnectionInternal from './triggers/test-connection-internal';
import capabilitiesShape from './triggers/capabilities-shape';
import urlEncodingEnum from './triggers/url-encoding-enum';
import pageableNextLink from './triggers/pageable-next-link';
import opSummaryRequired from './content/op-summary-required';
import opDescriptionRequired from './content/op-description-required';
import opSummaryChecklist from './content/op-summary-checklist';
import opDescriptionChecklist from './content/op-description-checklist';
import paramXMsSummaryRequired from './content/param-x-ms-summary-required';
import paramDescriptionRequired from './content/param-description-required';
import paramXMsSummaryChecklist from './content/param-x-ms-summary-checklist';
import paramDescriptionChecklist from './content/param-description-checklist';
import visibilityEnum from './content/visibility-enum';
import opVisibilitySet from './content/op-visibility-set';
import paramVisibilitySet from './content/param-visibility-set';
import internalRequiredNeedsDefault from './content/internal-required-needs-default';
import infoTitleRequired from './content/info-title-required';
import infoTitleMax30 from './content/info-title-max-30';
import infoTitleRestrictedWords from './content/info-title-restricted-words';
import infoTitleEndAlphanumeric from './content/info-title-end-alphanumeric';
import infoDescriptionRequired from './content/info-description-required';
import infoDescriptionLength from './content/info-description-length';
import infoDescriptionRestrictedWords from './content/info-description-restricted-words';
import infoDescriptionNotTitle from './content/info-description-not-title';
import opSummaryMax80 from './content/op-summary-max-80';
import opSummaryCharset from './content/op-summary-charset';
import opSummaryNoTrailingPunct from './content/op-summary-no-trailing-punct';
import opSummarySentenceCase from './content/op-summary-sentence-case';
import opSummaryUnique from './content/op-summary-unique';
import opDescriptionSentence from './content/op-description-sentence';
import summaryDescriptionDiffer from './content/summary-description-differ';
import noProductNamesInStrings from './content/no-product-names-in-strings';
import operationIdPascalCase from './content/operation-id-pascal-case';
import paramXMsSummaryMax80 from './content/param-x-ms-summary-max-80';
import paramXMsSummaryTitleCase from './content/param-x-ms-summary-title-case';
import paramSummaryCharset from './content/param-summary-charset';
import schemaPropertyStrings from './content/schema-property-strings';
import descriptionQuality from './content/description-quality';
import response2xxSchema from './content/response-2xx-schema';
import responseNotDefaultOnly from './content/response-not-default-only';
import responseSchemaNotEmpty from './content/response-schema-not-empty';
import emptyProperties from './content/empty-properties';
import emptyOperation from './content/empty-operation';
import deprecatedOpMarking from './content/deprecated-op-marking';
import valueMustBeInEnglish from './content/value-must-be-in-english';
import infoContactRequired from './metadata/info-contact-required';
import infoContactFields from './metadata/info-contact-fields';
import contactEmailNotValid from './metadata/contact-email-not-valid';
import urlNotValid from './metadata/url-not-valid';
import xMsConnectorMetadataRequired from './metadata/x-ms-connector-metadata-required';
import metadataEntries from './metadata/metadata-entries';
import metadataUrlValid from './metadata/metadata-url-valid';
import metadataCategoriesAllowed from './metadata/metadata-categories-allowed';
import metadataCategoriesMax2 from './metadata/metadata-categories-max-2';
import metadataCategoriesDelimiter from './metadata/metadata-categories-delimiter';
import hostNameNotValid from './metadata/host-name-not-valid';
import hostProduction from './metadata/host-production';
import basePathNotValid from './metadata/base-path-not-valid';
import schemesHttps from './metadata/schemes-https';
import schemeNotValid from './metadata/scheme-not-valid';
import schemeNotSupported from './metadata/scheme-not-supported';
import schemesArrayEmpty from './metadata/schemes-array-empty';
import mimeTypeNotValid from './metadata/mime-type-not-valid';
import mimeTypeNotSupported from './metadata/mime-type-not-supported';
import tagRedefined from './metadata/tag-redefined';
import swaggerSize1mb from './metadata/swagger-size-1mb';
import publisherStackownerPresent from './metadata/publisher-stackowner-present';
import publisherAlphanumeric from './metadata/publisher-alphanumeric';
import noSecretsInRepo from './files/no-secrets-in-repo';
import extensionKeyMisspelled from './metadata/extension-key-misspelled';
import extensionKeyUnknown from './metadata/extension-key-unknown';
import extensionKeyMisplaced from './metadata/extension-key-misplaced';
import authTypeSupported from './auth/auth-type-supported';
import oauthNoClientCredentials from './auth/oauth-no-client-credentials';
import apiPropertiesSchema from './auth/api-properties-schema';
import oauthRedirectPerConnector from './auth/oauth-redirect-per-connector';
import oauthIdentityProvider from './auth/oauth-identity-provider';
import oauthAadResourceUri from './auth/oauth-aad-resource-uri';
import oauthAadcertificateFirstParty from './auth/oauth-aadcertificate-first-party';
import connParamType from './auth/conn-param-type';
import connParamName from './auth/conn-param-name';
import connParamUiStrings from './auth/conn-param-ui-strings';
import connParamSecretSecurestring from './auth/conn-param-secret-securestring';
import securityDefMatchesConnParams from './auth/security-def-matches-conn-params';
import multiAuthShape from './auth/multi-auth-shape';
import policyTemplateKnown from './policies/policy-template-known';
import policyTemplateParams from './policies/policy-template-params';
import policyTemplateEnums from './policies/policy-template-enums';
import policyTemplateParamTypes from './policies/policy-template-param-types';
import policyTemplateParamUnknown from './policies/policy-template-param-unknown';
import policyTemplateOperationRefs from './policies/policy-template-operation-refs';
import policyConnectionParamRefs from './policies/policy-connection-param-refs';
import policyDynamichosturlTemplate from './policies/policy-dynamichosturl-template';
import policyRouterequestRelativePath from './policies/policy-routerequest-relative-path';
import iconBackgroundNotWhiteDefault from './icon/icon-background-not-white-default';
import iconBackgroundOpaque from './icon/icon-background-opaque';
import iconBrandColorForbidden from './icon/icon-brand-color-forbidden';
import iconBrandColorHex from './icon/icon-brand-color-hex';
import iconBrandColorIp from './icon/icon-brand-color-ip';
import iconBrandColorRequired from './icon/icon-brand-color-required';
import iconIpNone from './icon/icon-ip-none';
import iconMatchesBrandColor from './icon/icon-matches-brand-color';
import iconPng from './icon/icon-png';
import iconPresent from './icon/icon-present';
import iconSize from './icon/icon-size';
import scriptClassScriptBase from './script/script-class-script-base';
import scriptExecuteAsyncOverride from './script/script-execute-async-override';
import scriptNamespacesAllowed from './script/script-namespaces-allowed';
import scriptNoNewHttpclient from './script/script-no-new-httpclient';
import scriptOperationsRefs from './script/script-operations-refs';
import scriptSizeLimit from './script/script-size-limit';
import prFolderLayout from './files/pr-folder-layout';
import readmeIntroLength from './files/readme-intro-length';
import readmeOauthSteps from './files/readme-oauth-steps';
import readmeOperationsMatch from './files/readme-operations-match';
import readmePlaceholders from './files/readme-placeholders';
import readmePresent from './files/readme-present';
import readmeRequiredSections from './files/readme-required-sections';
import introSections from './files/intro-sections';
import introDescriptionFirst from './files/intro-description-first';
import introDescription8Sentences from './files/intro-description-8-sentences';
import introNoActionsList from './files/intro-no-actions-list';
import introPlaceholderText from './files/intro-placeholder-text';
import introPresent from './files/intro-present';
import mcpProtocolKnown from './mcp/mcp-protocol-known';
import mcpSseTransport from './mcp/mcp-sse-transport';
import mcpEndpointPost from './mcp/mcp-endpoint-post';
import mcpEndpointPath from './mcp/mcp-endpoint-path';
import mcpSingleEndpoint from './mcp/mcp-single-endpoint';
import mcpCompanionInternal from './mcp/mcp-companion-internal';
import mcpHttps from './mcp/mcp-https';
import mcpAuthSupported from './mcp/mcp-auth-supported';
import breakingOperationDeleted from './changes/breaking-operation-deleted';
import breakingPathChanged from './changes/breaking-path-changed';
import breakingParameterDeleted from './changes/breaking-parameter-deleted';
import breakingParameterLocationChanged from './changes/breaking-parameter-location-changed';
import breakingRequiredInputAdded from './changes/breaking-required-input-added';
import breakingInputTypeChanged from './changes/breaking-input-type-changed';
import breakingInputEnumChanged from './changes/breaking-input-enum-changed';
import breakingOutputDeleted from './changes/breaking-output-deleted';
import breakingOutputTypeChanged from './changes/breaking-output-type-changed';
import breakingSuccessResponseRemoved from './changes/breaking-success-response-removed';
import breakingNotificationSchemaChanged from './changes/breaking-notification-schema-changed';
import breakingTriggerChanged from './changes/breaking-trigger-changed';
import breakingMadeInternal from './changes/breaking-made-internal';
import breakingConnectionChanged from './changes/breaking-connection-changed';
import breakingAuthTypeChanged from './changes/breaking-auth-type-changed';

export const RULES: readonly Rule[] = [
	// JSON files
	jsonSyntax,
	jsonStrict,
	jsonDuplicateKey,
	fileEncoding,
	// Swagger 2.0 structure and references (§1)
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
	// Paths and parameters (§1.1–§1.3)
	bodyOrFormDataParameterInFetchOperationNotAllowed,
	connectionIdParameterNotAllowed,
	consumesMissing,
	duplicateOperationPath,
	partialDuplicateOperationPath,
	invalidFormDataParameterName,
	operationMissingPathParameter,
	pathParameterNotDefinedInTemplate,
	pathParameterMustBeRequired,
	operationParametersAreNotUnique,
	operationParametersContainDuplicateParameter,
	operationParametersContainMultipleBodyParameters,
	operationPathContainsUnsupportedCharacters,
	operationPathMayNotContainQueryOrFragment,
	operationPathMustStartWithSlash,
	operationPathTemplateNotValid,
	operationPathVariablesContainDefaults,
	pathParametersContainDuplicateParameter,
	pathParametersContainMultipleBodyParameters,
	pathRedefined,
	stringBinaryNotSupportedForFormUrlEncoded,
	mimeTypeNotCompatibleWithRequestContentSchemaType,
	fileParameterMustBeInFormData,
	parameterListContainsFormDataAndBody,
	parameterRefLoopNotAllowed,
	pathParameterMissingEncoding,
	queryParameterEncodingNotSupported,
	reservedParameterIsUsed,
	allowEmptyValueOnlyValidForQueryFormData,
	bodyParameterPropertyNotValid,
	bodyParameterSchemaRequired,
	nonBodyParameterSchemaNotValid,
	pathItemRefNotSuppored,
	// Operations, operation families and responses (§1.1, §1.5)
	operationIdRequired,
	operationIdNotUnique,
	operationIdSanitized,
	operationIdTooLong,
	operationMustHaveResponse,
	operationShouldHaveSuccessfulResponse,
	operationHasManyResponsesWithSchema,
	operationSummaryTooLong,
	restrictedCharactersInSummary,
	invalidNextLinkNameValue,
	operationStatusAheadOfConnector,
	apiAnnotationExtensionReplacementInfoForNonDeprecatedOperations,
	apiAnnotationExtensionReplacementInfoMissingApiProperty,
	apiAnnotationExtensionReplacementInfoMissingOperationIdProperty,
	operationRevisionEmpty,
	operationFamilyHasDuplicateRevisions,
	operationFamilyHasManyActiveOperations,
	operationFamilyHasManyActiveProductionOperations,
	operationFamilyHasManyEmptyRevisions,
	operationIdShouldEndWithRevision,
	apiAnnotationShape,
	totalOperationsCountExceedsMaxAllowed,
	operationSchemaCountExceedsMaxAllowed,
	defaultResponseHasSchema,
	responseExampleMustBeProducedByOperation,
	responseHeadersAreNotUnique,
	responseMustBeDefaultOrHttpStatusCode,
	responseRefLoopNotAllowed,
	// Schema keywords, enums and required properties (§1.2, §1.4, §1.5)
	arrayDuplicateValue,
	arrayHasNoItems,
	requiredPropertyArrayEmpty,
	collectionFormatValueNotSupported,
	swaggerKeywordNotSupported,
	unrecognizedTypeFormat,
	defaultValueMustMatchType,
	enumMustContainAtLeastOneElement,
	invalidEnumValue,
	invalidEnumValuesExtensionValue,
	duplicateEnumValuesInExtension,
	missingEnumValuesDisplayName,
	multipleOfMustBeGreaterThanZero,
	requiredPropertyDefinitionMissing,
	requiredPropertyNotOnObject,
	requiredReadOnlyPropertyNotAllowedAsInput,
	invalidStringBinaryProperty,
	schemaTypeFileNotValid,
	internalPropertyWithDefaultOptional,
	propertyMustBeRequired,
	// Schema limits, filterFunctions and security requirements (§1.4–§1.6)
	exclusiveMaximumRequiresMaximum,
	exclusiveMinimumRequiresMinimum,
	maxItemsMustBeGreaterThanOrEqualToZero,
	minItemsMustBeGreaterThanOrEqualToZero,
	maxLengthMustBeGreaterThanOrEqualToZero,
	minLengthMustBeGreaterThanOrEqualToZero,
	maxPropertiesMustBeGreaterThanOrEqualToZero,
	minPropertiesMustBeGreaterThanOrEqualToZero,
	minimumShouldBeLessThanOrEqualToMaximum,
	minItemsShouldBeLessThanOrEqualToMaxItems,
	minLengthShouldBeLessThanOrEqualToMaxLength,
	patternShouldBeValidRegularExpression,
	discriminatorMustBeARequiredStringProperty,
	jsonPointerNotValid,
	requiredLoopInSchemaNotAllowed,
	schemaTooDeep,
	bodySchemaCountExceedsMaxAllowed,
	totalSchemaCountExceedsMaxAllowed,
	invalidCustomEditorExtensionDictionaryValue,
	filterFunctionsPropertyEmpty,
	filterFunctionsPropertyHasDuplicates,
	filterFunctionsPropertyInInputSchema,
	filterFunctionsPropertyInvalidValue,
	securityRequirementMustBeDefined,
	securityRequirementMustHaveEmptyValue,
	securityRequirementMustHaveValue,
	oauthSecurityRequirementValueMustBeScopeName,
	securitySchemePropertyNotValid,
	securitySchemePropertyRequired,
	additionalPropertyNotAllowedAdjacentToRef,
	// Dynamic extensions (§1.1, §1.3, §6)
	operationIdNotFound,
	invokedOperationShouldProduceArray,
	invokedOperationShouldProduceProperty,
	operationParameterNameNotFound,
	operationMissingRequiredProperty,
	operationParameterRequiredMismatch,
	operationParameterStaticTypeMismatch,
	operationParameterTypeMismatch,
	sourcePropertyInternal,
	dynamicExtensionDefinitionNotAllowedInParameter,
	dynamicListExtensionRequiredForAmbiguousReferences,
	dynamicListExtensionRequiredForNonParameterReferences,
	dynamicPropertiesExtensionRequiredForAmbiguousReferences,
	dynamicPropertiesExtensionRequiredForNonParameterReferences,
	dynamicPropertiesExtensionRequiredForPropertiesValuePath,
	dynamicPropertiesItemValuePathMismatch,
	operationParameterNameIsAmbiguous,
	dynamicTreeExtensionMissing,
	selectedItemValuePathNotAllowedInThisPosition,
	oneOfPropertiesRequired,
	dynamicValuesShape,
	dynamicListShape,
	dynamicSchemaShape,
	dynamicPathString,
	dynamicTargetInternal,
	// Triggers, webhooks, notifications, testConnection and capabilities (§1.1, §1.6, §6)
	triggerEnum,
	triggerMetadataShape,
	webhookOperationsMissingNotificationUrlProperty,
	notificationUrlNotAllowedInThisPosition,
	notificationUrlNotInternal,
	notificationUrlNotRequired,
	notificationUrlNotString,
	operationMustHaveNotificationContentExtension,
	notificationExtensionNotSupportedInWebhookOperation,
	notificationExtensionSupportedForTriggerOnly,
	notificationOperationMustBeWebhook,
	schemaDefinitionSetIncorrectly,
	paramtersWithSameNameMustHaveSameTypeAndVisibility,
	webhookDeleteOp,
	webhookLocationHeader,
	webhookTriggerSingle,
	pollingTriggerContract,
	triggerHint,
	triggerSummaryPattern,
	testConnectionOpExists,
	testConnectionGet,
	testConnectionInternal,
	capabilitiesShape,
	urlEncodingEnum,
	pageableNextLink,
	// Content: titles, descriptions, summaries and visibility (§2)
	opSummaryRequired,
	opDescriptionRequired,
	opSummaryChecklist,
	opDescriptionChecklist,
	paramXMsSummaryRequired,
	paramDescriptionRequired,
	paramXMsSummaryChecklist,
	paramDescriptionChecklist,
	visibilityEnum,
	opVisibilitySet,
	paramVisibilitySet,
	internalRequiredNeedsDefault,
	infoTitleRequired,
	infoTitleMax30,
	infoTitleRestrictedWords,
	infoTitleEndAlphanumeric,
	infoDescriptionRequired,
	infoDescriptionLength,
	infoDescriptionRestrictedWords,
	infoDescriptionNotTitle,
	opSummaryMax80,
	opSummaryCharset,
	opSummaryNoTrailingPunct,
	opSummarySentenceCase,
	opSummaryUnique,
	opDescriptionSentence,
	summaryDescriptionDiffer,
	noProductNamesInStrings,
	operationIdPascalCase,
	paramXMsSummaryMax80,
	paramXMsSummaryTitleCase,
	paramSummaryCharset,
	schemaPropertyStrings,
	descriptionQuality,
	response2xxSchema,
	responseNotDefaultOnly,
	responseSchemaNotEmpty,
	emptyProperties,
	emptyOperation,
	deprecatedOpMarking,
	valueMustBeInEnglish,
	// Metadata, host, schemes, MIME types and extension keys (§1.2, §1.4, §3)
	infoContactRequired,
	infoContactFields,
	contactEmailNotValid,
	urlNotValid,
	xMsConnectorMetadataRequired,
	metadataEntries,
	metadataUrlValid,
	metadataCategoriesAllowed,
	metadataCategoriesMax2,
	metadataCategoriesDelimiter,
	hostNameNotValid,
	hostProduction,
	basePathNotValid,
	schemesHttps,
	schemeNotValid,
	schemeNotSupported,
	schemesArrayEmpty,
	mimeTypeNotValid,
	mimeTypeNotSupported,
	tagRedefined,
	swaggerSize1mb,
	publisherStackownerPresent,
	publisherAlphanumeric,
	noSecretsInRepo,
	extensionKeyMisspelled,
	extensionKeyUnknown,
	extensionKeyMisplaced,
	// Authentication and connection parameters (§5, §8)
	authTypeSupported,
	oauthNoClientCredentials,
	apiPropertiesSchema,
	oauthRedirectPerConnector,
	oauthIdentityProvider,
	oauthAadResourceUri,
	oauthAadcertificateFirstParty,
	connParamType,
	connParamName,
	connParamUiStrings,
	connParamSecretSecurestring,
	securityDefMatchesConnParams,
	multiAuthShape,
	// Policy templates (§6, §8)
	policyTemplateKnown,
	policyTemplateParams,
	policyTemplateEnums,
	policyTemplateParamTypes,
	policyTemplateParamUnknown,
	policyTemplateOperationRefs,
	policyConnectionParamRefs,
	policyDynamichosturlTemplate,
	policyRouterequestRelativePath,
	// Icon and brand colour (§4)
	iconBackgroundNotWhiteDefault,
	iconBackgroundOpaque,
	iconBrandColorForbidden,
	iconBrandColorHex,
	iconBrandColorIp,
	iconBrandColorRequired,
	iconIpNone,
	iconMatchesBrandColor,
	iconPng,
	iconPresent,
	iconSize,
	// Custom code: script.csx and scriptOperations (§8, §13)
	scriptClassScriptBase,
	scriptExecuteAsyncOverride,
	scriptNamespacesAllowed,
	scriptNoNewHttpclient,
	scriptOperationsRefs,
	scriptSizeLimit,
	// readme.md and repository layout (§11)
	prFolderLayout,
	readmeIntroLength,
	readmeOauthSteps,
	readmeOperationsMatch,
	readmePlaceholders,
	readmePresent,
	readmeRequiredSections,
	// intro.md (§10)
	introPresent,
	introSections,
	introDescriptionFirst,
	introDescription8Sentences,
	introNoActionsList,
	introPlaceholderText,
	// MCP server connectors for Copilot Studio agents (x-ms-agentic-protocol)
	mcpProtocolKnown,
	mcpSseTransport,
	mcpEndpointPost,
	mcpEndpointPath,
	mcpSingleEndpoint,
	mcpCompanionInternal,
	mcpHttps,
	mcpAuthSupported,
	// Breaking changes against the previous version (run only when a check compares with one)
	breakingOperationDeleted,
	breakingPathChanged,
	breakingParameterDeleted,
	breakingParameterLocationChanged,
	breakingRequiredInputAdded,
	breakingInputTypeChanged,
	breakingInputEnumChanged,
	breakingOutputDeleted,
	breakingOutputTypeChanged,
	breakingSuccessResponseRemoved,
	breakingNotificationSchemaChanged,
	breakingTriggerChanged,
	breakingMadeInternal,
	breakingConnectionChanged,
	breakingAuthTypeChanged,
];

export function findRule(id: string): Rule | undefined {
	return RULES.find((rule) => rule.id === id);
}
