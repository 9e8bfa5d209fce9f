#include "tests/support/RecordingVfs.h"

#include "core/vault/SqlCipher.h"
#include "core/vault/SqliteMemory.h"

#include <QDir>
#include <QFile>

#include <mutex>

namespace habeas::test {

namespace {

struct Recording {
    std::mutex mutex;
    QString folder;
    QStringList opened;
    std::vector<DeletedFile> deleted;
};

Recording &recording()
{
    static Recording instance;
    return instance;
}

sqlite3_vfs *original()
{
    static sqlite3_vfs *const vfs = sqlite3_vfs_find(nullptr);
    return vfs;
}

bool watched(Recording &r, const char *name, QString *path)
{
    if (name == nullptr || r.folder.isEmpty())
        return false;
    *path = QDir::cleanPath(QString::fromUtf8(name));
    return path->startsWith(r.folder + u'/');
}

int recordingOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    Recording &r = recording();
    {
        std::lock_guard lock(r.mutex);
        QString path;
        if (watched(r, name, &path))
            r.opened.append(path);
    }
    return original()->xOpen(original(), name, file, flags, outFlags);
}

int recordingDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    Recording &r = recording();
    {
        std::lock_guard lock(r.mutex);
        QString path;
        // A delete of a file that does not exist (SQLite clears a WAL or a
        // journal that may be left over) wrote nothing.
        if (watched(r, name, &path) && QFile::exists(path)) {
            QFile file(path);
            r.deleted.push_back({path, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray()});
        }
    }
    return original()->xDelete(original(), name, syncDir);
}

} // namespace

RecordingVfs &RecordingVfs::install()
{
    static RecordingVfs instance;
    static const bool registered = [] {
        // Before SQLite initialises, as the driver would.
        installWipingAllocator();
        static sqlite3_vfs vfs = *original();
        vfs.pNext = nullptr;
        vfs.zName = "habeas-recording";
        vfs.xOpen = recordingOpen;
        vfs.xDelete = recordingDelete;
        return sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
    }();
    Q_ASSERT(registered);
    return instance;
}

void RecordingVfs::watch(const QString &folder)
{
    Recording &r = recording();
    std::lock_guard lock(r.mutex);
    r.folder = QDir::cleanPath(folder);
    r.opened.clear();
    r.deleted.clear();
}

void RecordingVfs::stop()
{
    Recording &r = recording();
    std::lock_guard lock(r.mutex);
    r.folder.clear();
}

QStringList RecordingVfs::opened() const
{
    Recording &r = recording();
    std::lock_guard lock(r.mutex);
    return r.opened;
}

std::vector<DeletedFile> RecordingVfs::deleted() const
{
    Recording &r = recording();
    std::lock_guard lock(r.mutex);
    return r.deleted;
}

} // namespace habeas::test
