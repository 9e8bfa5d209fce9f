#include "core/vault/SqliteMemory.h"

#include "core/crypto/Wipe.h"
#include "core/vault/SqlCipher.h"

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>

#if defined(_WIN32)
#include <malloc.h>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

namespace habeas {

namespace {

// Each block carries its size in a header of 16 bytes, which keeps the
// 16-byte alignment malloc gives.
constexpr std::size_t Header = 16;

std::atomic<quint64> wiped{0};
std::atomic<bool> installed{false};

std::size_t &sizeOf(void *block)
{
    return *reinterpret_cast<std::size_t *>(static_cast<char *>(block) - Header);
}

// What malloc really gave a block, beyond its header (at least its size).
std::size_t usableSize(void *block)
{
    void *base = static_cast<char *>(block) - Header;
#if defined(_WIN32)
    return _msize(base) - Header;
#elif defined(__GLIBC__)
    return malloc_usable_size(base) - Header;
#else
    Q_UNUSED(base);
    return sizeOf(block);
#endif
}

void *allocate(int size)
{
    if (size <= 0)
        return nullptr;
    char *base = static_cast<char *>(std::malloc(Header + std::size_t(size)));
    if (base == nullptr)
        return nullptr;
    *reinterpret_cast<std::size_t *>(base) = std::size_t(size);
    return base + Header;
}

void release(void *block)
{
    if (block == nullptr)
        return;
    const std::size_t size = sizeOf(block);
    secureZero(block, size);
    wiped.fetch_add(size, std::memory_order_relaxed);
    std::free(static_cast<char *>(block) - Header);
}

void *reallocate(void *block, int size)
{
    if (block == nullptr)
        return allocate(size);
    if (size <= 0) {
        release(block);
        return nullptr;
    }
    // Never realloc(): a block it moves would be left unwiped.
    if (std::size_t(size) <= sizeOf(block)) {
        // Shrinking in place: the tail is zeroed now.
        secureZero(static_cast<char *>(block) + size, sizeOf(block) - std::size_t(size));
        sizeOf(block) = std::size_t(size);
        return block;
    }
    // Growing within the room malloc gave the block already.
    if (std::size_t(size) <= usableSize(block)) {
        sizeOf(block) = std::size_t(size);
        return block;
    }
    void *moved = allocate(size);
    if (moved == nullptr)
        return nullptr;
    std::memcpy(moved, block, sizeOf(block));
    release(block);
    return moved;
}

int blockSize(void *block)
{
    return block == nullptr ? 0 : int(sizeOf(block));
}

int roundUp(int size)
{
    return (size + 7) & ~7;
}

int initialise(void *) { return SQLITE_OK; }
void shutDown(void *) {}

} // namespace

bool installWipingAllocator()
{
    static std::once_flag once;
    std::call_once(once, [] {
        static const sqlite3_mem_methods methods = {allocate, release, reallocate, blockSize, roundUp,
                                                    initialise, shutDown, nullptr};
        installed = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
    });
    return installed;
}

bool wipingAllocatorInstalled()
{
    return installed;
}

quint64 sqliteBytesWiped()
{
    return wiped.load(std::memory_order_relaxed);
}

} // namespace habeas
