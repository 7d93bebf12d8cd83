// Package deliberation models how a community matter (议题) moves through
// the five steps collect, deliberate, handle, supervise and evaluate
// (集、议、办、督、评) as a pure state machine: commands in, events out, state
// by folding events. The embedder stores the events and supplies the time.
package deliberation
