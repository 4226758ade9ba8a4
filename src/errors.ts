// One error root for callsim: a stable code, a cause, and the user/system split the CLI relies on.

export type ErrorKind = "user" | "system";

export interface ErrorLocation {
  file?: string;
  line?: number;
}

export class CallsimError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(kind: ErrorKind, code: string, message: string, options: ErrorLocation & { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CallsimError";
    this.kind = kind;
    this.code = code;
    this.file = options.file;
    this.line = options.line;
  }

  /** "file:line: message", the one line the CLI prints for a user error. */
  toUserLine(): string {
    const where = this.file === undefined ? "" : this.line === undefined ? `${this.file}: ` : `${this.file}:${this.line}: `;
    return `${where}${this.message}`;
  }
}

/** A mistake in what the user gave us (file, flag, document): exit 2, one line, no stack. */
export function userError(code: string, message: string, where: ErrorLocation & { cause?: unknown } = {}): CallsimError {
  return new CallsimError("user", code, message, where);
}

/** Something broke on our side or a provider's: keeps its stack for --verbose. */
export function systemError(code: string, message: string, cause?: unknown): CallsimError {
  return new CallsimError("system", code, message, cause === undefined ? {} : { cause });
}

export function isUserError(error: unknown): error is CallsimError {
  return error instanceof CallsimError && error.kind === "user";
}
