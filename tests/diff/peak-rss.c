/* peak-rss CMD [ARG...]: run CMD and print its peak resident memory in KiB
 * (getrusage of that child). A small C parent, because Linux keeps a
 * process's peak across exec: a child started by a big interpreter would
 * report the interpreter's size. Exit status: CMD's, or 127 if it cannot run.
 * SPDX-License-Identifier: MIT */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: peak-rss CMD [ARG...]\n");
        return 127;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("peak-rss: fork");
        return 127;
    }
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        perror("peak-rss: exec");
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("peak-rss: wait4");
        return 127;
    }
    printf("%ld\n", ru.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 127;
}
