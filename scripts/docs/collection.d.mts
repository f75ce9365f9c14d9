/** Types of ./collection.mjs, for the tests that import it. */
export interface ContractOperation {
  operationId: string;
  method: string;
  path: string;
  /** The first credential scheme the operation accepts (`secretKey`, `clientToken`, `unionToken`). */
  scheme?: string;
}
export function contractOperations(doc: unknown): ContractOperation[];
export function buildCollection(yamlText: string): Promise<any>;
