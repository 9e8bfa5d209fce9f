#pragma once

// One committed edit in the processing editor, for its undo stack: the
// whole processing before and after. A processing is a small value, so
// keeping both is simpler and safer than undoing field by field.

#include "core/register/Processing.h"

#include <QUndoCommand>

namespace habeas {

class ProcessingEditor;

class ProcessingEditCommand final : public QUndoCommand {
public:
    // The editor must outlive the command (it owns the stack).
    ProcessingEditCommand(ProcessingEditor &editor, Processing before, Processing after, const QString &text);

    void undo() override;
    void redo() override;

private:
    ProcessingEditor &m_editor;
    Processing m_before;
    Processing m_after;
};

} // namespace habeas
