/* timeit.c - talus-timeit: runs a command N times as a whole process and
 * prints its median, minimum and maximum wall time in milliseconds, the
 * largest peak resident set size of the runs in kilobytes and the median
 * CPU time (user + system, all threads and children) in milliseconds, one
 * line: "median_ms min_ms max_ms maxrss_kb cpu_ms". stdout and stderr of
 * the command go to /dev/null; a failing run is an error.
 *
 *   talus-timeit N command [args...]
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int
cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int
main(int argc, char **argv)
{
	int n;
	double *t, *cpu;
	long maxrss = 0;

	if (argc < 3 || (n = atoi(argv[1])) < 1) {
		fprintf(stderr, "usage: talus-timeit N command [args...]\n");
		return 2;
	}
	t = malloc(sizeof(*t) * (size_t)n);
	cpu = malloc(sizeof(*cpu) * (size_t)n);
	if (!t || !cpu)
		return 1;
	for (int i = 0; i < n; i++) {
		struct timespec a, b;
		int status;
		pid_t pid;

		clock_gettime(CLOCK_MONOTONIC, &a);
		pid = fork();
		if (pid == 0) {
			int fd = open("/dev/null", O_WRONLY);
			dup2(fd, 1);
			dup2(fd, 2);
			execvp(argv[2], argv + 2);
			_exit(127);
		}
		struct rusage ru;
		if (pid < 0 || wait4(pid, &status, 0, &ru) < 0) {
			perror("talus-timeit");
			return 1;
		}
		clock_gettime(CLOCK_MONOTONIC, &b);
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			fprintf(stderr, "talus-timeit: '%s' failed\n", argv[2]);
			return 1;
		}
		if (ru.ru_maxrss > maxrss)
			maxrss = ru.ru_maxrss;
		t[i] = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
		cpu[i] = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
			 (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
	}
	qsort(t, (size_t)n, sizeof(*t), cmp);
	qsort(cpu, (size_t)n, sizeof(*cpu), cmp);
	printf("%.3f %.3f %.3f %ld %.3f\n", t[n / 2], t[0], t[n - 1], maxrss,
	       cpu[n / 2]);
	free(t);
	free(cpu);
	return 0;
}
