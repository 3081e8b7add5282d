import type { OperationInfo } from '../../core/swagger';

/** How messages name an operation: its `operationId`, else `METHOD /path`. */
export function operationLabel(operation: Pick<OperationInfo, 'operationId' | 'method' | 'pathKey'>): string {
	return operation.operationId ?? `${operation.method.toUpperCase()} ${operation.pathKey}`;
}
