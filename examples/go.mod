module github.com/shequ/shequ/examples

go 1.26.0

require github.com/shequ/shequ v0.0.0

replace github.com/shequ/shequ => ../
