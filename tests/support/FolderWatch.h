#pragma once

// What happens to the entries of one folder while a test runs, from Linux
// inotify: files created, written, moved in, out or renamed, deleted. A
// test that must prove nothing else was written reads the events after the
// fact. Elsewhere than Linux, available() is false and tests skip.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace habeas::test {

struct FolderEvent final {
    std::uint32_t mask = 0;   // IN_CREATE, IN_MOVED_FROM, ... (sys/inotify.h)
    std::uint32_t cookie = 0; // pairs an IN_MOVED_FROM with its IN_MOVED_TO
    QString name;             // the entry in the folder
};

class FolderWatch final {
public:
    // Watches `folder` from now on, not its subfolders.
    explicit FolderWatch(const QString &folder);
    ~FolderWatch();
    FolderWatch(const FolderWatch &) = delete;
    FolderWatch &operator=(const FolderWatch &) = delete;

    bool available() const { return m_fd >= 0; }
    // Why it is not available.
    QString why() const { return m_why; }
    // The events since the watch began or the last call, oldest first.
    std::vector<FolderEvent> take();

    // What the events show was written other than `target`: every entry
    // created, or moved in, that is neither `target` nor a temporary renamed
    // to `target` in the folder; every entry moved out or deleted. One
    // sentence each; empty when only `target` was written.
    static QStringList besides(const std::vector<FolderEvent> &events, const QString &target);
    // Whether `name` was created or moved in (a check that the watch saw
    // what it should).
    static bool appeared(const std::vector<FolderEvent> &events, const QString &name);
    // "IN_CREATE a.pdf, IN_MOVED_TO b.pdf": for failure messages.
    static QString describe(const std::vector<FolderEvent> &events);

private:
    int m_fd = -1;
    QString m_why;
};

} // namespace habeas::test
