#include "ui/common/LongOperation.h"

#include <QApplication>
#include <QProgressDialog>

namespace habeas {

namespace {

int running = 0;

} // namespace

Result<void> LongOperation::run(QWidget *parent, const QString &label, const Work &work)
{
    QProgressDialog dialog(label, QString(), 0, 1000, parent);
    // Modal for the whole application: nothing else may be used (and write
    // to the vault) while the operation runs between its repaints.
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ++running;
    auto result = work([&dialog](qint64 done, qint64 total) {
        const int value = total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0;
        if (value != dialog.value())
            dialog.setValue(value); // repaints (a modal dialog processes events)
    });
    --running;
    QApplication::restoreOverrideCursor();
    return result;
}

bool LongOperation::isRunning()
{
    return running > 0;
}

} // namespace habeas
