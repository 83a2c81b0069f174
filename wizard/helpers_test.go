package wizard

import (
	"encoding/json"
	"reflect"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
)

// example loads the example company of package datatest.
func example(t testing.TB) *data.Answers {
	t.Helper()
	var f data.File
	if err := json.Unmarshal(datatest.Example, &f); err != nil {
		t.Fatal(err)
	}
	return &f.Answers
}

// filled returns Answers with every field set: one record in each list,
// every optional object present, so that every path exists in its JSON.
func filled() *data.Answers {
	var a data.Answers
	fill(reflect.ValueOf(&a).Elem())
	return &a
}

func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int:
		v.SetInt(1)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem())
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0))
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i))
		}
	}
}

func jsonOf(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func ptr[T any](v T) *T { return &v }
