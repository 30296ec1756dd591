import { describe } from 'vitest';
import { launchFirefox } from './support/firefox';
import { describeMainFlows } from './main-flows';

describe('Firefox ESR', () => describeMainFlows(launchFirefox));
