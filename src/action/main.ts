import * as core from '@actions/core';

/** Reads the event and runs the flow it calls for. */
export async function run(): Promise<void> {
  core.info('paperlist: no event handled yet');
}
