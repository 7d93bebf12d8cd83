//go:build race

package deliberation

const raceEnabled = true
