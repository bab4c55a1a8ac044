// The types of schemaValidators.generated.js, the standalone validators that
// scripts/build-validators.mjs compiles from the JSON schemas (with ajv's verbose errors).
export interface SchemaError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly schema?: unknown;
  readonly parentSchema?: Readonly<Record<string, unknown>>;
}

export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

export declare const glossary: SchemaValidator;
export declare const configuration: SchemaValidator;
