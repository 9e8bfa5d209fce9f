#pragma once

// A small tmpfs mounted on a temporary folder, for tests that need a real
// full disk or a read-only file system. Needs Linux and root; available()
// says whether this machine allows it, so tests can skip with a reason.

#include <QString>
#include <QTemporaryDir>

namespace habeas::test {

class TmpfsMount final {
public:
    explicit TmpfsMount(qint64 sizeBytes);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool available() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    QString why() const { return m_why; }
    bool remountReadOnly();
    // Writes a filler file until the file system has no space left.
    bool fill();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_why;
};

} // namespace habeas::test
