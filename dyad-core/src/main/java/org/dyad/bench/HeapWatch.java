package org.dyad.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a benchmark runs. Two figures, because a collector lets garbage pile up to whatever
 * room it is given: the peak of heap in use (the heap is fullest just before a collection, so the most found
 * then, or now), and the peak of heap still in use right after a collection, which is what the program really
 * holds (live data plus what the collector chose not to reclaim).
 */
public final class HeapWatch implements AutoCloseable {
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onCollection;

    /** Starts watching; {@link #close()} stops. */
    public HeapWatch() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        reset();
    }

    /**
     * Forgets the peaks seen so far: the next figures cover only what runs from now on. Collects garbage first,
     * so the figure after collection starts from what is really held (the models, when they are loaded).
     */
    public void reset() {
        System.gc();
        peakUsed.set(currentUsed());
        peakAfterGc.set(currentUsed());
    }

    /** Peak heap in use since the last reset, in bytes. */
    public long peakUsed() {
        return Math.max(peakUsed.get(), currentUsed());
    }

    /** Peak heap still in use after a garbage collection since the last reset, in bytes. */
    public long peakAfterGc() {
        return peakAfterGc.get();
    }

    /** The most heap this JVM may use ({@code -Xmx}), in bytes. */
    public long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    private void onCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        peakUsed.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        peakAfterGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
    }

    private static long heapUsed(Map<String, MemoryUsage> byPool) {
        long used = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            MemoryUsage usage = byPool.get(pool.getName());
            if (usage != null) {
                used += usage.getUsed();
            }
        }
        return used;
    }

    private static long currentUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone: nothing left to stop
            }
        }
    }
}
