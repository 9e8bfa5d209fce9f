#pragma once

// A SQLite VFS that forwards every call to the default one and, for files
// in a watched folder, records each file SQLite opens and the bytes of each
// file just before SQLite deletes it. A test can then look at what was on
// disk at any moment, journals included, however briefly they existed.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace habeas::test {

struct DeletedFile {
    QString path;
    QByteArray bytes;
};

class RecordingVfs final {
public:
    // Registers the VFS as SQLite's default (once per process); connections
    // opened afterwards go through it.
    static RecordingVfs &install();

    // Starts recording files under `folder` and forgets what was recorded.
    void watch(const QString &folder);
    // Stops recording; what was recorded stays readable.
    void stop();
    QStringList opened() const;
    std::vector<DeletedFile> deleted() const;

private:
    RecordingVfs() = default;
};

} // namespace habeas::test
