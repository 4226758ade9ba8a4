// Errors from the file system about a path the user gave (no such file, a directory, not writable) are user
// errors: one line naming the path, exit 2, never "internal error".

const USER_FS_CODES: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "a part of this path is not a directory",
  EISDIR: "is a directory",
  EEXIST: "already exists",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  ENAMETOOLONG: "file name too long",
  ELOOP: "too many symbolic links",
  EINVAL: "not a valid path for this operation",
};

interface FsError {
  code: string;
  path?: string;
}

function isFsError(error: unknown): error is FsError {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}

/** "PATH: what is wrong" for a file-system error on a user's path, or null for anything else. */
export function userLineOfFsError(error: unknown): string | null {
  if (!isFsError(error) || typeof error.path !== "string") return null;
  const what = USER_FS_CODES[error.code];
  return what === undefined ? null : `${error.path}: ${what}`;
}
