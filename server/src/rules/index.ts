/**
 * The rule registry. Every rule is listed here explicitly, grouped by the rules.md section it comes from, in the order
 * findings are computed; the meta-test checks that each has a test file and a doc page named by its id, and that every
 * rule file is listed.
 */
import type { Rule } from '../engine/types';
import jsonSyntax from './json-syntax';
import jsonStrict from './json-strict';
import jsonDuplicateKey from './json-duplicate-key';
import fileEncoding from './file-encoding';
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
import bodyOrFormDataParameterInFetchOperationNotAllowed from './body-or-form-data-parameter-in-fetch-operation-not-allowed';
import connectionIdParameterNotAllowed from './connection-id-parameter-not-allowed';
import consumesMissing from './consumes-missing';
import duplicateOperationPath from './duplicate-operation-path';
import partialDuplicateOperationPath from './partial-duplicate-operation-path';
import invalidFormDataParameterName from './invalid-form-data-parameter-name';
import operationMissingPathParameter from './operation-missing-path-parameter';
import pathParameterNotDefinedInTemplate from './path-parameter-not-defined-in-template';
import pathParameterMustBeRequired from './path-parameter-must-be-required';
import operationParametersAreNotUnique from './operation-parameters-are-not-unique';
import operationParametersContainDuplicateParameter from './operation-parameters-contain-duplicate-parameter';
import operationParametersContainMultipleBodyParameters from './operation-parameters-contain-multiple-body-parameters';
import operationPathContainsUnsupportedCharacters from './operation-path-contains-unsupported-characters';
import operationPathMayNotContainQueryOrFragment from './operation-path-may-not-contain-query-or-fragment';
import operationPathMustStartWithSlash from './operation-path-must-start-with-slash';
import operationPathTemplateNotValid from './operation-path-template-not-valid';
import operationPathVariablesContainDefaults from './operation-path-variables-contain-defaults';
import pathParametersContainDuplicateParameter from './path-parameters-contain-duplicate-parameter';
import pathParametersContainMultipleBodyParameters from './path-parameters-contain-multiple-body-parameters';
import pathRedefined from './path-redefined';
import stringBinaryNotSupportedForFormUrlEncoded from './string-binary-not-supported-for-form-url-encoded';
import mimeTypeNotCompatibleWithRequestContentSchemaType from './mime-type-not-compatible-with-request-content-schema-type';
import fileParameterMustBeInFormData from './file-parameter-must-be-in-form-data';
import parameterListContainsFormDataAndBody from './parameter-list-contains-form-data-and-body';
import parameterRefLoopNotAllowed from './parameter-ref-loop-not-allowed';
import pathParameterMissingEncoding from './path-parameter-missing-encoding';
import queryParameterEncodingNotSupported from './query-parameter-encoding-not-supported';
import reservedParameterIsUsed from './reserved-parameter-is-used';
import allowEmptyValueOnlyValidForQueryFormData from './allow-empty-value-only-valid-for-query-form-data';
import bodyParameterPropertyNotValid from './body-parameter-property-not-valid';
import bodyParameterSchemaRequired from './body-parameter-schema-required';
import nonBodyParameterSchemaNotValid from './non-body-parameter-schema-not-valid';
import pathItemRefNotSuppored from './path-item-ref-not-suppored';
import operationIdRequired from './operation-id-required';
import operationIdNotUnique from './operation-id-not-unique';
import operationIdSanitized from './operation-id-sanitized';
import operationIdTooLong from './operation-id-too-long';
import operationMustHaveResponse from './operation-must-have-response';
import operationShouldHaveSuccessfulResponse from './operation-should-have-successful-response';
import operationHasManyResponsesWithSchema from './operation-has-many-responses-with-schema';
import operationSummaryTooLong from './operation-summary-too-long';
import restrictedCharactersInSummary from './restricted-characters-in-summary';
import invalidNextLinkNameValue from './invalid-next-link-name-value';
import operationStatusAheadOfConnector from './operation-status-ahead-of-connector';
import apiAnnotationExtensionReplacementInfoForNonDeprecatedOperations from './api-annotation-extension-replacement-info-for-non-deprecated-operations';
import apiAnnotationExtensionReplacementInfoMissingApiProperty from './api-annotation-extension-replacement-info-missing-api-property';
import apiAnnotationExtensionReplacementInfoMissingOperationIdProperty from './api-annotation-extension-replacement-info-missing-operation-id-property';
import operationRevisionEmpty from './operation-revision-empty';
import operationFamilyHasDuplicateRevisions from './operation-family-has-duplicate-revisions';
import operationFamilyHasManyActiveOperations from './operation-family-has-many-active-operations';
import operationFamilyHasManyActiveProductionOperations from './operation-family-has-many-active-production-operations';
import operationFamilyHasManyEmptyRevisions from './operation-family-has-many-empty-revisions';
import operationIdShouldEndWithRevision from './operation-id-should-end-with-revision';
import apiAnnotationShape from './api-annotation-shape';
import totalOperationsCountExceedsMaxAllowed from './total-operations-count-exceeds-max-allowed';
import operationSchemaCountExceedsMaxAllowed from './operation-schema-count-exceeds-max-allowed';
import defaultResponseHasSchema from './default-response-has-schema';
import responseExampleMustBeProducedByOperation from './response-example-must-be-produced-by-operation';
import responseHeadersAreNotUnique from './response-headers-are-not-unique';
import responseMustBeDefaultOrHttpStatusCode from './response-must-be-default-or-http-status-code';
import responseRefLoopNotAllowed from './response-ref-loop-not-allowed';
import arrayDuplicateValue from './array-duplicate-value';
import arrayHasNoItems from './array-has-no-items';
import requiredPropertyArrayEmpty from './required-property-array-empty';
import collectionFormatValueNotSupported from './collection-format-value-not-supported';
import swaggerKeywordNotSupported from './swagger-keyword-not-supported';
import unrecognizedTypeFormat from './unrecognized-type-format';
import defaultValueMustMatchType from './default-value-must-match-type';
import enumMustContainAtLeastOneElement from './enum-must-contain-at-least-one-element';
import invalidEnumValue from './invalid-enum-value';
import invalidEnumValuesExtensionValue from './invalid-enum-values-extension-value';
import duplicateEnumValuesInExtension from './duplicate-enum-values-in-extension';
import missingEnumValuesDisplayName from './missing-enum-values-display-name';
import multipleOfMustBeGreaterThanZero from './multiple-of-must-be-greater-than-zero';
import requiredPropertyDefinitionMissing from './required-property-definition-missing';
import requiredPropertyNotOnObject from './required-property-not-on-object';
import requiredReadOnlyPropertyNotAllowedAsInput from './required-read-only-property-not-allowed-as-input';
import invalidStringBinaryProperty from './invalid-string-binary-property';
import schemaTypeFileNotValid from './schema-type-file-not-valid';
import internalPropertyWithDefaultOptional from './internal-property-with-default-optional';
import propertyMustBeRequired from './property-must-be-required';
import exclusiveMaximumRequiresMaximum from './exclusive-maximum-requires-maximum';
import exclusiveMinimumRequiresMinimum from './exclusive-minimum-requires-minimum';
import maxItemsMustBeGreaterThanOrEqualToZero from './max-items-must-be-greater-than-or-equal-to-zero';
import minItemsMustBeGreaterThanOrEqualToZero from './min-items-must-be-greater-than-or-equal-to-zero';
import maxLengthMustBeGreaterThanOrEqualToZero from './max-length-must-be-greater-than-or-equal-to-zero';
import minLengthMustBeGreaterThanOrEqualToZero from './min-length-must-be-greater-than-or-equal-to-zero';
import maxPropertiesMustBeGreaterThanOrEqualToZero from './max-properties-must-be-greater-than-or-equal-to-zero';
import minPropertiesMustBeGreaterThanOrEqualToZero from './min-properties-must-be-greater-than-or-equal-to-zero';
import minimumShouldBeLessThanOrEqualToMaximum from './minimum-should-be-less-than-or-equal-to-maximum';
import minItemsShouldBeLessThanOrEqualToMaxItems from './min-items-should-be-less-than-or-equal-to-max-items';
import minLengthShouldBeLessThanOrEqualToMaxLength from './min-length-should-be-less-than-or-equal-to-max-length';
import patternShouldBeValidRegularExpression from './pattern-should-be-valid-regular-expression';
import discriminatorMustBeARequiredStringProperty from './discriminator-must-be-a-required-string-property';
import jsonPointerNotValid from './json-pointer-not-valid';
import requiredLoopInSchemaNotAllowed from './required-loop-in-schema-not-allowed';
import schemaTooDeep from './schema-too-deep';
import bodySchemaCountExceedsMaxAllowed from './body-schema-count-exceeds-max-allowed';
import totalSchemaCountExceedsMaxAllowed from './total-schema-count-exceeds-max-allowed';
import invalidCustomEditorExtensionDictionaryValue from './invalid-custom-editor-extension-dictionary-value';
import filterFunctionsPropertyEmpty from './filter-functions-property-empty';
import filterFunctionsPropertyHasDuplicates from './filter-functions-property-has-duplicates';
import filterFunctionsPropertyInInputSchema from './filter-functions-property-in-input-schema';
import filterFunctionsPropertyInvalidValue from './filter-functions-property-invalid-value';
import securityRequirementMustBeDefined from './security-requirement-must-be-defined';
import securityRequirementMustHaveEmptyValue from './security-requirement-must-have-empty-value';
import securityRequirementMustHaveValue from './security-requirement-must-have-value';
import oauthSecurityRequirementValueMustBeScopeName from './oauth-security-requirement-value-must-be-scope-name';
import securitySchemePropertyNotValid from './security-scheme-property-not-valid';
import securitySchemePropertyRequired from './security-scheme-property-required';
import additionalPropertyNotAllowedAdjacentToRef from './additional-property-not-allowed-adjacent-to-ref';
import operationIdNotFound from './operation-id-not-found';
import invokedOperationShouldProduceArray from './invoked-operation-should-produce-array';
import invokedOperationShouldProduceProperty from './invoked-operation-should-produce-property';
import operationParameterNameNotFound from './operation-parameter-name-not-found';
import operationMissingRequiredProperty from './operation-missing-required-property';
import operationParameterRequiredMismatch from './operation-parameter-required-mismatch';
import operationParameterStaticTypeMismatch from './operation-parameter-static-type-mismatch';
import operationParameterTypeMismatch from './operation-parameter-type-mismatch';
import sourcePropertyInternal from './source-property-internal';
import dynamicExtensionDefinitionNotAllowedInParameter from './dynamic-extension-definition-not-allowed-in-parameter';
import dynamicListExtensionRequiredForAmbiguousReferences from './dynamic-list-extension-required-for-ambiguous-references';
import dynamicListExtensionRequiredForNonParameterReferences from './dynamic-list-extension-required-for-non-parameter-references';
import dynamicPropertiesExtensionRequiredForAmbiguousReferences from './dynamic-properties-extension-required-for-ambiguous-references';
import dynamicPropertiesExtensionRequiredForNonParameterReferences from './dynamic-properties-extension-required-for-non-parameter-references';
import dynamicPropertiesExtensionRequiredForPropertiesValuePath from './dynamic-properties-extension-required-for-properties-value-path';
import dynamicPropertiesItemValuePathMismatch from './dynamic-properties-item-value-path-mismatch';
import operationParameterNameIsAmbiguous from './operation-parameter-name-is-ambiguous';
import dynamicTreeExtensionMissing from './dynamic-tree-extension-missing';
import selectedItemValuePathNotAllowedInThisPosition from './selected-item-value-path-not-allowed-in-this-position';
import oneOfPropertiesRequired from './one-of-properties-required';
import dynamicValuesShape from './dynamic-values-shape';
import dynamicListShape from './dynamic-list-shape';
import dynamicSchemaShape from './dynamic-schema-shape';
import dynamicPathString from './dynamic-path-string';
import dynamicTargetInternal from './dynamic-target-internal';
import triggerEnum from './trigger-enum';
import triggerMetadataShape from './trigger-metadata-shape';
import webhookOperationsMissingNotificationUrlProperty from './webhook-operations-missing-notification-url-property';
import notificationUrlNotAllowedInThisPosition from './notification-url-not-allowed-in-this-position';
import notificationUrlNotInternal from './notification-url-not-internal';
import notificationUrlNotRequired from './notification-url-not-required';
import notificationUrlNotString from './notification-url-not-string';
import operationMustHaveNotificationContentExtension from './operation-must-have-notification-content-extension';
import notificationExtensionNotSupportedInWebhookOperation from './notification-extension-not-supported-in-webhook-operation';
import notificationExtensionSupportedForTriggerOnly from './notification-extension-supported-for-trigger-only';
import notificationOperationMustBeWebhook from './notification-operation-must-be-webhook';
import schemaDefinitionSetIncorrectly from './schema-definition-set-incorrectly';
import paramtersWithSameNameMustHaveSameTypeAndVisibility from './paramters-with-same-name-must-have-same-type-and-visibility';
import webhookDeleteOp from './webhook-delete-op';
import webhookLocationHeader from './webhook-location-header';
import webhookTriggerSingle from './webhook-trigger-single';
import pollingTriggerContract from './polling-trigger-contract';
import triggerHint from './trigger-hint';
import triggerSummaryPattern from './trigger-summary-pattern';
import testConnectionOpExists from './test-connection-op-exists';
import testConnectionGet from './test-connection-get';
import testConnectionInternal from './test-connection-internal';
import capabilitiesShape from './capabilities-shape';
import urlEncodingEnum from './url-encoding-enum';
import pageableNextLink from './pageable-next-link';
import opSummaryRequired from './op-summary-required';
import opDescriptionRequired from './op-description-required';
import opSummaryChecklist from './op-summary-checklist';
import opDescriptionChecklist from './op-description-checklist';
import paramXMsSummaryRequired from './param-x-ms-summary-required';
import paramDescriptionRequired from './param-description-required';
import paramXMsSummaryChecklist from './param-x-ms-summary-checklist';
import paramDescriptionChecklist from './param-description-checklist';
import visibilityEnum from './visibility-enum';
import opVisibilitySet from './op-visibility-set';
import paramVisibilitySet from './param-visibility-set';
import internalRequiredNeedsDefault from './internal-required-needs-default';
import infoTitleRequired from './info-title-required';
import infoTitleMax30 from './info-title-max-30';
import infoTitleRestrictedWords from './info-title-restricted-words';
import infoTitleEndAlphanumeric from './info-title-end-alphanumeric';
import infoDescriptionRequired from './info-description-required';
import infoDescriptionLength from './info-description-length';
import infoDescriptionRestrictedWords from './info-description-restricted-words';
import infoDescriptionNotTitle from './info-description-not-title';
import opSummaryMax80 from './op-summary-max-80';
import opSummaryCharset from './op-summary-charset';
import opSummaryNoTrailingPunct from './op-summary-no-trailing-punct';
import opSummarySentenceCase from './op-summary-sentence-case';
import opSummaryUnique from './op-summary-unique';
import opDescriptionSentence from './op-description-sentence';
import summaryDescriptionDiffer from './summary-description-differ';
import noProductNamesInStrings from './no-product-names-in-strings';
import operationIdPascalCase from './operation-id-pascal-case';
import paramXMsSummaryMax80 from './param-x-ms-summary-max-80';
import paramXMsSummaryTitleCase from './param-x-ms-summary-title-case';
import paramSummaryCharset from './param-summary-charset';
import schemaPropertyStrings from './schema-property-strings';
import descriptionQuality from './description-quality';
import response2xxSchema from './response-2xx-schema';
import responseNotDefaultOnly from './response-not-default-only';
import responseSchemaNotEmpty from './response-schema-not-empty';
import emptyProperties from './empty-properties';
import emptyOperation from './empty-operation';
import deprecatedOpMarking from './deprecated-op-marking';
import valueMustBeInEnglish from './value-must-be-in-english';
import infoContactRequired from './info-contact-required';
import infoContactFields from './info-contact-fields';
import contactEmailNotValid from './contact-email-not-valid';
import urlNotValid from './url-not-valid';
import xMsConnectorMetadataRequired from './x-ms-connector-metadata-required';
import metadataEntries from './metadata-entries';
import metadataUrlValid from './metadata-url-valid';
import metadataCategoriesAllowed from './metadata-categories-allowed';
import metadataCategoriesMax2 from './metadata-categories-max-2';
import metadataCategoriesDelimiter from './metadata-categories-delimiter';
import hostNameNotValid from './host-name-not-valid';
import hostProduction from './host-production';
import basePathNotValid from './base-path-not-valid';
import schemesHttps from './schemes-https';
import schemeNotValid from './scheme-not-valid';
import schemeNotSupported from './scheme-not-supported';
import schemesArrayEmpty from './schemes-array-empty';
import mimeTypeNotValid from './mime-type-not-valid';
import mimeTypeNotSupported from './mime-type-not-supported';
import tagRedefined from './tag-redefined';
import swaggerSize1mb from './swagger-size-1mb';
import publisherStackownerPresent from './publisher-stackowner-present';
import publisherAlphanumeric from './publisher-alphanumeric';
import noSecretsInRepo from './no-secrets-in-repo';
import extensionKeyMisspelled from './extension-key-misspelled';
import extensionKeyUnknown from './extension-key-unknown';
import extensionKeyMisplaced from './extension-key-misplaced';
import authTypeSupported from './auth-type-supported';
import oauthNoClientCredentials from './oauth-no-client-credentials';
import apiPropertiesSchema from './api-properties-schema';
import oauthRedirectPerConnector from './oauth-redirect-per-connector';
import oauthIdentityProvider from './oauth-identity-provider';
import oauthAadResourceUri from './oauth-aad-resource-uri';
import oauthAadcertificateFirstParty from './oauth-aadcertificate-first-party';
import connParamType from './conn-param-type';
import connParamName from './conn-param-name';
import connParamUiStrings from './conn-param-ui-strings';
import connParamSecretSecurestring from './conn-param-secret-securestring';
import securityDefMatchesConnParams from './security-def-matches-conn-params';
import multiAuthShape from './multi-auth-shape';
import policyTemplateKnown from './policy-template-known';
import policyTemplateParams from './policy-template-params';
import policyTemplateEnums from './policy-template-enums';
import policyTemplateParamTypes from './policy-template-param-types';
import policyTemplateParamUnknown from './policy-template-param-unknown';
import policyTemplateOperationRefs from './policy-template-operation-refs';
import policyConnectionParamRefs from './policy-connection-param-refs';
import policyDynamichosturlTemplate from './policy-dynamichosturl-template';
import policyRouterequestRelativePath from './policy-routerequest-relative-path';
import iconBackgroundNotWhiteDefault from './icon-background-not-white-default';
import iconBackgroundOpaque from './icon-background-opaque';
import iconBrandColorForbidden from './icon-brand-color-forbidden';
import iconBrandColorHex from './icon-brand-color-hex';
import iconBrandColorIp from './icon-brand-color-ip';
import iconBrandColorRequired from './icon-brand-color-required';
import iconIpNone from './icon-ip-none';
import iconMatchesBrandColor from './icon-matches-brand-color';
import iconPng from './icon-png';
import iconPresent from './icon-present';
import iconSize from './icon-size';
import scriptClassScriptBase from './script-class-script-base';
import scriptExecuteAsyncOverride from './script-execute-async-override';
import scriptNamespacesAllowed from './script-namespaces-allowed';
import scriptNoNewHttpclient from './script-no-new-httpclient';
import scriptOperationsRefs from './script-operations-refs';
import scriptSizeLimit from './script-size-limit';
import prFolderLayout from './pr-folder-layout';
import readmeIntroLength from './readme-intro-length';
import readmeOauthSteps from './readme-oauth-steps';
import readmeOperationsMatch from './readme-operations-match';
import readmePlaceholders from './readme-placeholders';
import readmePresent from './readme-present';
import readmeRequiredSections from './readme-required-sections';
import introSections from './intro-sections';
import introDescriptionFirst from './intro-description-first';
import introDescription8Sentences from './intro-description-8-sentences';
import introNoActionsList from './intro-no-actions-list';
import introPlaceholderText from './intro-placeholder-text';
import introPresent from './intro-present';

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
];

export function findRule(id: string): Rule | undefined {
	return RULES.find((rule) => rule.id === id);
}
