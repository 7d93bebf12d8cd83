// Package volunteer plans space-claim (空间认领) rotas: volunteers adopt
// stairwells, floors and shared spaces and take turns on tasks under hard and
// soft constraints. It plans a rota, repairs one with minimal change when a
// volunteer drops out or a space changes, and explains every unfilled seat.
package volunteer
