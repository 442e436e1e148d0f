import { setContent } from '../load';
import { CONTENT_DATA } from './index';

// Unit tests read the content as the build does: loaded from the data modules before anything.
setContent(CONTENT_DATA);
