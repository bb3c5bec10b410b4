# Thin wrapper around CMake. `make` installs what is missing (as root),
# fetches the grammar and builds build/krait.
BUILD   ?= build
PREFIX  ?= /usr/local
JOBS    ?= 2
FUZZ_N  ?= 300
CMAKE_FLAGS ?=

.PHONY: all deps build demo check check-asan fuzz install clean bench

all: build

deps:
	@sh scripts/deps.sh build

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@python3 scripts/demo.py $(BUILD)

check: build
	@sh scripts/deps.sh check
	@cd $(BUILD) && ctest --output-on-failure

# The compiler under AddressSanitizer and UBSan on every test input and on
# fuzzed mutants of them; the runtime's unit tests under the same sanitizers;
# every compiled test program under valgrind (-march=x86-64-v2: valgrind
# does not know every AVX-512 instruction).
check-asan: deps
	@sh scripts/deps.sh asan
	@cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DKRAIT_SANITIZE=ON >/dev/null
	@cmake --build $(BUILD)-asan -j $(JOBS)
	@SANITIZE=1 sh tests/runtime/run.sh $(BUILD)-asan
	@SANITIZE=1 sh tests/runtime/run_array.sh $(BUILD)-asan
	@KRAIT_ARENA_DEBUG=1 python3 tests/run_tests.py --krait $(BUILD)-asan/krait \
	  --build-dir $(BUILD)-asan/tests -j $(JOBS)
	@KRAIT_ARENA_DEBUG=1 python3 tests/fuzz/fuzz.py --krait $(BUILD)-asan/krait \
	  --out $(BUILD)-asan/fuzz -n $(FUZZ_N)
	@# the compiled programs under valgrind: no memory errors, no lost blocks
	@KRAIT_CFLAGS=-march=x86-64-v2 python3 tests/run_tests.py --krait $(BUILD)-asan/krait \
	  --build-dir $(BUILD)-asan/vg -j $(JOBS) --valgrind cases

# Mutation fuzzing of the compiler (release build); FUZZ_N mutants.
fuzz: build
	@python3 tests/fuzz/fuzz.py --krait $(BUILD)/krait --out $(BUILD)/fuzz -n $(FUZZ_N)

bench: build
	@python3 bench/run.py --krait $(BUILD)/krait

install: build
	@cmake --install $(BUILD) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD) $(BUILD)-asan
