# Help, version, unknown commands and options.
$ talus --version | head -1
talus 0.1.0
$ talus help run add
usage: talus run add --date YYYY-MM-DD[THH:MM] --distance D [--duration [H:]MM:SS]
              [--shoe NAME] [--surface road|trail|track|treadmill]
              [--rpe 0-10] [--pain-during 0-10] [--pain-after 0-10]
              [--side left|right|both] [--note TEXT]

log a run.

See talus(1) for details.
$ talus run add --help
usage: talus run add --date YYYY-MM-DD[THH:MM] --distance D [--duration [H:]MM:SS]
              [--shoe NAME] [--surface road|trail|track|treadmill]
              [--rpe 0-10] [--pain-during 0-10] [--pain-after 0-10]
              [--side left|right|both] [--note TEXT]

log a run.

See talus(1) for details.
$ talus today -h
usage: talus today [--date DATE] [--planned D] [--json]

what to do today, with the reasons.

See talus(1) for details.
$ talus tody
! talus: 'tody' is not a talus command
! did you mean 'talus today'?
[2]
$ talus --bogus today
! talus: unknown option '--bogus'
! global options (--db PATH, --athlete NAME) come before the command; see 'talus --help'
[2]
$ talus help nothing
! talus: 'nothing' is not a talus command
! see 'talus --help'
[2]
$ talus --help | head -3
usage: talus [--db PATH] [--athlete NAME] COMMAND [OPTIONS]
       talus --version | --help | help COMMAND

