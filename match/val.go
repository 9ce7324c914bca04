package match

import "github.com/google/cel-go/common/types"

func intVal(v int64) types.Int { return types.Int(v) }
