// Package governance models the six-party coordination mechanism
// (六位一体) of a Beijing community: the six seats, the kinds of body that
// may fill each, the composition rules of those bodies (owners' committee,
// property management committee, preparatory and renewal groups, residents'
// committee, Party organisation), and the counting of owners' votes by area
// and by head under Civil Code art. 278.
//
// Rules are held in a policy value with Beijing defaults; every threshold
// records its source. Validation returns a report of every finding.
package governance
