// Moved to the vote kind (kinds/vote); kept so existing imports work.
export { VoteResults } from './kinds/vote/VoteResults';
