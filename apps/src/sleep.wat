;; sleep <ms>: sleeps <ms> milliseconds with WASI poll_oneoff on a relative
;; monotonic-clock subscription, then writes "<ms>\n" to stdout. Starts in
;; microseconds, so a trace replay's task durations are what it asked for.
;; Exit code 2 on a missing or malformed argument.
(module
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get"
    (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff"
    (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit"
    (func $proc_exit (param i32)))
  (memory (export "memory") 1)

  ;; Layout:
  ;;   0  argc, 4 argv buffer size
  ;;   64 subscription (48 bytes), 128 event (32 bytes), 160 nevents
  ;;   176 iovec, 184 nwritten, 192 digits (up to 24)
  ;;   1024 argv pointers, 2048 argv strings (up to 62 KiB)

  (func $fail (call $proc_exit (i32.const 2)) (unreachable))

  (func (export "_start")
    (local $arg i32) (local $c i32) (local $ms i64) (local $p i32) (local $len i32)
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (if (i32.ne (i32.load (i32.const 0)) (i32.const 2)) (then (call $fail)))
    (if (i32.gt_u (i32.load (i32.const 4)) (i32.const 63488)) (then (call $fail)))
    (drop (call $args_get (i32.const 1024) (i32.const 2048)))

    ;; Parse argv[1] as a decimal number of milliseconds.
    (local.set $arg (i32.load (i32.const 1028)))
    (if (i32.eqz (i32.load8_u (local.get $arg))) (then (call $fail)))
    (block $done
      (loop $digit
        (local.set $c (i32.load8_u (local.get $arg)))
        (br_if $done (i32.eqz (local.get $c)))
        (local.set $c (i32.sub (local.get $c) (i32.const 48)))
        (if (i32.gt_u (local.get $c) (i32.const 9)) (then (call $fail)))
        ;; At most 10^9 ms (11.6 days), so ms * 10^6 ns fits in u64.
        (local.set $ms (i64.add (i64.mul (local.get $ms) (i64.const 10))
                                (i64.extend_i32_u (local.get $c))))
        (if (i64.gt_u (local.get $ms) (i64.const 1000000000)) (then (call $fail)))
        (local.set $arg (i32.add (local.get $arg) (i32.const 1)))
        (br $digit)))

    ;; subscription: userdata 0, tag 0 (clock), clock id 1 (monotonic),
    ;; timeout ms·10^6 ns, precision 0, flags 0 (relative).
    (i64.store (i32.const 64) (i64.const 0))
    (i32.store8 (i32.const 72) (i32.const 0))
    (i32.store (i32.const 80) (i32.const 1))
    (i64.store (i32.const 88) (i64.mul (local.get $ms) (i64.const 1000000)))
    (i64.store (i32.const 96) (i64.const 0))
    (i32.store16 (i32.const 104) (i32.const 0))
    (if (call $poll_oneoff (i32.const 64) (i32.const 128) (i32.const 1) (i32.const 160))
      (then (call $fail)))

    ;; Write ms in decimal, right to left ending at 215, then "\n" at 215.
    (local.set $p (i32.const 215))
    (i32.store8 (local.get $p) (i32.const 10))
    (loop $emit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p)
        (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $ms) (i64.const 10)))))
      (local.set $ms (i64.div_u (local.get $ms) (i64.const 10)))
      (br_if $emit (i64.ne (local.get $ms) (i64.const 0))))
    (local.set $len (i32.sub (i32.const 216) (local.get $p)))
    (i32.store (i32.const 176) (local.get $p))
    (i32.store (i32.const 180) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 176) (i32.const 1) (i32.const 184)))))
