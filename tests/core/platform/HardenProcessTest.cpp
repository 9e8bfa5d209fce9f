// hardenProcess(): the process that holds the vault key writes no core dump
// and cannot be read by another process of the same user.

#include "core/Platform.h"

#include <gtest/gtest.h>

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace habeas {
namespace {

#ifdef Q_OS_LINUX
// Runs in a child so that the test binary itself stays as it was.
int hardenedChildStatus()
{
    const pid_t child = fork();
    if (child == 0) {
        if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 1)
            _exit(10); // the check below would prove nothing
        if (!platform::hardenProcess())
            _exit(11);
        if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
            _exit(12);
        rlimit core{};
        if (getrlimit(RLIMIT_CORE, &core) != 0 || core.rlim_cur != 0 || core.rlim_max != 0)
            _exit(13);
        _exit(0);
    }
    int status = -1;
    waitpid(child, &status, 0);
    return status;
}

TEST(HardenProcessTest, NoCoreDumpAndNotDumpable)
{
    const int status = hardenedChildStatus();
    ASSERT_TRUE(WIFEXITED(status)) << status;
    EXPECT_EQ(WEXITSTATUS(status), 0) << "10 not dumpable before, 11 failed, 12 still dumpable, 13 core limit not 0";
}
#else
TEST(HardenProcessTest, Succeeds)
{
    EXPECT_TRUE(platform::hardenProcess());
}
#endif

} // namespace
} // namespace habeas
