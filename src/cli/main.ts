/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(_args: string[]): Promise<number> {
  console.error('paperlist: no command implemented yet');
  return 2;
}
