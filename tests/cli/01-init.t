# A new user: no database yet, then init, then a second athlete.
$ talus today
! talus: today: no database at '$TMP/talus.db'
! create it with: talus --db '$TMP/talus.db' init --name NAME
[1]
$ talus init --name Ann --units km --sex female --birth-year 1990
created athlete 'Ann' (distances in km) in $TMP/talus.db
$ talus init --name Ann
! talus: init: athlete 'Ann' already exists
[2]
$ talus init --name Ben --units mi
created athlete 'Ben' (distances in mi) in $TMP/talus.db
$ talus athlete list
Ann [default] (km)
Ben (mi)
$ talus --athlete Ben today --json | grep -E '"(athlete|units|verdict)"'
  "athlete": "Ben",
  "units": "mi",
  "verdict": "run",
      "verdict": "run",
$ talus --athlete Cy today
! talus: today: no athlete named 'Cy'
! add the athlete with: talus --athlete 'Cy' init
[2]
$ talus init --birth-year 1850
! talus: init: invalid --birth-year '1850': must be from 1900 to 2100
[2]
$ talus init --units furlongs
! talus: init: invalid --units 'furlongs': expected one of km|mi
[2]
