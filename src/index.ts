// The action's entry: the runner starts this file; everything else lives in ./action.
import { run } from './action/main.js';

void run();
