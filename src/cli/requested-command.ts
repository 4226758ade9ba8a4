// Which sub-command a command line asks for, read before anything else loads.

/** The command a command line asks for ("help run" asks for run), or null for the top level. */
export function requestedCommand(args: readonly string[]): string | null {
  const words = args.filter((arg) => !arg.startsWith("-"));
  return (words[0] === "help" ? words[1] : words[0]) ?? null;
}
