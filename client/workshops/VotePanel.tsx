// Moved to the vote kind (kinds/vote); kept so existing imports work.
export { VotePanel } from './kinds/vote/VotePanel';
