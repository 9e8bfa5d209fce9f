#pragma once

// A fixed-size buffer for key material and passwords. The memory comes from
// libsodium's guarded allocator (locked in RAM where the OS allows it, so it
// is not swapped) and is wiped with sodium_memzero when the buffer is
// cleared, moved from or destroyed. Copying is forbidden so that a key exists
// in exactly one place.

#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace habeas {

class SecureBytes final {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    static SecureBytes random(std::size_t size);
    static SecureBytes copyOf(QByteArrayView bytes);
    // UTF-8 of the text, normalised to NFC so that the same password typed on
    // two keyboards derives the same key.
    static SecureBytes fromText(const QString &text);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return {m_data, static_cast<qsizetype>(m_size)}; }
    // Lower-case hexadecimal, also in guarded memory.
    SecureBytes toHex() const;

    // Wipes and releases the buffer; size() is 0 afterwards.
    void clear();
    // For tests: true when every byte of the buffer is zero.
    bool isZeroed() const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Compares in constant time.
bool operator==(const SecureBytes &a, const SecureBytes &b);

} // namespace habeas
