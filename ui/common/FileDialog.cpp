#include "ui/common/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace habeas {

namespace {

std::optional<QString> nextAnswer;
QString lastShownCaption;

template <typename Show>
QString ask(const QString &caption, Show &&show)
{
    lastShownCaption = caption;
    if (nextAnswer)
        return *nextAnswer;
    return show();
}

} // namespace

QString FileDialog::openFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    return ask(caption, [&] { return QFileDialog::getOpenFileName(parent, caption, start, filter); });
}

QString FileDialog::saveFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    return ask(caption, [&] { return QFileDialog::getSaveFileName(parent, caption, start, filter); });
}

QString FileDialog::folder(QWidget *parent, const QString &caption, const QString &start)
{
    return ask(caption, [&] { return QFileDialog::getExistingDirectory(parent, caption, start); });
}

void FileDialog::setNextAnswer(const QString &path)
{
    nextAnswer = path;
}

void FileDialog::clearNextAnswer()
{
    nextAnswer.reset();
}

QString FileDialog::lastCaption()
{
    return lastShownCaption;
}

} // namespace habeas
