# Makefile - the two commands of the README, and a few more.
#   make demo     install what is missing, build, run talus on a demo database
#   make check    install what is missing, build, run every test, normal and
#                 under ASan+UBSan, and build Release with gcc and clang
#   make install  install talus, its man page and docs under PREFIX
#                 (/usr/local; DESTDIR honoured)
#   make check-year  a year of use at scale (10,000 commands, 50 athletes;
#                 part of make check too, in the normal build)
#   make bench    time talus today / load on a 10-year history
#   make bench-web  wrk against talus serve on the same history
#   make fuzz     run the libFuzzer harnesses (FUZZ_SECONDS, FUZZ_RUNS)
# The project's own builds treat warnings as errors (TALUS_WERROR); a plain
# cmake build does not.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
ASAN ?= build-asan
DEMO_DB ?= $(BUILD)/demo/talus.db
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: all deps build asan demo check check-normal check-asan check-release check-year install \
	bench bench-import bench-web fuzz clean

all: build

# The browser tests (tests/web) need node and npm: installed only when the
# commands are missing (a machine may have them from elsewhere).
deps:
	@sh scripts/deps.sh
	@command -v node >/dev/null || sh scripts/deps.sh nodejs
	@command -v npm >/dev/null || sh scripts/deps.sh npm

$(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTALUS_WERROR=ON \
	  -DCMAKE_INSTALL_PREFIX=$(PREFIX) >/dev/null

build: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

asan: deps
	cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DTALUS_SANITIZE=ON -DTALUS_WERROR=ON >/dev/null
	cmake --build $(ASAN) -j $(JOBS)

demo: build
	@sh scripts/demo.sh $(BUILD) $(DEMO_DB)

check: check-normal check-asan check-release

check-normal: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

check-asan: asan
	cd $(ASAN) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS)

check-year: build
	cd $(BUILD) && ctest --output-on-failure -R 'sh/year'

# A packager's Release build, with gcc and with clang: no warning (built
# with -Werror here, so that a warning fails the check; not run again).
check-release: deps
	CC=gcc cmake -S . -B build-release-gcc -DCMAKE_BUILD_TYPE=Release -DTALUS_WERROR=ON >/dev/null
	cmake --build build-release-gcc -j $(JOBS) --target talus
	CC=clang cmake -S . -B build-release-clang -DCMAKE_BUILD_TYPE=Release -DTALUS_WERROR=ON >/dev/null
	cmake --build build-release-clang -j $(JOBS)
	@echo "check-release: Release builds with gcc and clang have no warning"

install: build
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD) --prefix "$(PREFIX)"

bench: build
	@sh bench/bench.sh $(BUILD)

# wrk against talus serve: the API, the Today page and a static file.
bench-web: build
	@sh scripts/deps.sh wrk
	@sh bench/web.sh $(BUILD)

# Import speed against gpsbabel, gpxpy and Garmin's FIT SDK on the same files.
bench-import: build
	@sh scripts/deps.sh gpsbabel python3-gpxpy
	@command -v node >/dev/null || sh scripts/deps.sh nodejs
	@command -v npm >/dev/null || sh scripts/deps.sh npm
	@cd bench && npm ci --no-audit --no-fund --silent
	@sh bench/import.sh $(BUILD)

# libFuzzer (clang, ASan, UBSan, asserts on, -O1), the harnesses one after
# the other, each for FUZZ_SECONDS or, given FUZZ_RUNS, that many
# executions (then no time limit unless FUZZ_SECONDS is given too):
#   make fuzz                                   60 s each
#   make fuzz FUZZ_RUNS=10000000 FUZZ=gpx FUZZ_MAX_LEN=65536
# See fuzz/run.sh and docs/TESTING.md.
FUZZ_RUNS ?=
FUZZ_SECONDS ?= $(if $(FUZZ_RUNS),0,60)
FUZZ_MAX_LEN ?=
FUZZ ?= fit gpx tcx strava_csv talus_csv
fuzz: deps
	CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS_DEBUG="-g -O1" \
	  -DTALUS_FUZZ=ON >/dev/null
	cmake --build build-fuzz -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ))
	@sh fuzz/run.sh -s $(FUZZ_SECONDS) $(if $(FUZZ_RUNS),-r $(FUZZ_RUNS)) \
	  $(if $(FUZZ_MAX_LEN),-m $(FUZZ_MAX_LEN)) build-fuzz $(FUZZ)

clean:
	rm -rf $(BUILD) $(ASAN) build-fuzz build-release-gcc build-release-clang
