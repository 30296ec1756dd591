import { describe } from 'vitest';
import { launchWebKit } from './support/webkit';
import { describeMainFlows } from './main-flows';

describe('WebKitGTK', () => describeMainFlows(launchWebKit));
