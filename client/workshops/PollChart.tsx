// Moved to the poll kind (kinds/poll); kept so existing imports work.
export { PollChart } from './kinds/poll/PollChart';
