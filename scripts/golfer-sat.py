#!/usr/bin/env python3
"""SAT encoder for the 8x4 Social Golfer row (32 golfers, 8 tables of 4, 10 rounds, no pair twice).

Decision 0017. A plan is searched as a few base rounds and an assumed automorphism group G: the rounds are the
images g(R) of each base round R under G (one per coset of the subgroup H_R that R is assumed to be invariant
under). A complete solver (CaDiCaL) then either finds a plan or proves that no plan with that symmetry exists.

Points: for the GF(16) structures (x, level) numbered 16*level + x, x in GF(16) as 4-bit polynomials modulo
x^4 + x + 1 (alpha = 2); for the cyclic ones (x, level) numbered m*level + x, x in Z_m, then the fixed points.

Encoding, per base round R: one variable per pair {a, b} ("a and b share a table in R"), merged over the orbits
of H_R; transitivity (ab and bc imply ac) and every point with exactly 3 partners (a sequential counter) make R a
partition into tables of 4. Across the plan every pair is met at most once (the pair's images over all rounds, at most one true);
counting then forces 480 of the 496 pairs, each golfer missing exactly one other.

Usage:
  golfer-sat.py encode STRUCTURE OUT.cnf   writes DIMACS (and OUT.cnf.map for decoding)
  golfer-sat.py decode OUT.cnf SOLVER.out  prints the 10 rounds as one line of numbers (each round 8 tables of 4,
                                           tables sorted), after checking them: partitions, no pair twice
  golfer-sat.py list                       lists the structures
Typical run: golfer-sat.py encode z15 /tmp/g.cnf && nice -n 10 timeout 600 cadical -q /tmp/g.cnf > /tmp/g.out;
             golfer-sat.py decode /tmp/g.cnf /tmp/g.out

The 8x4 design in src/Goen.Core/Seating/CyclicDesignSeed.cs is rounds 0, 4 and 8 of the plan printed by
  golfer-sat.py encode z8-4-4-2 /tmp/g.cnf && cadical -q /tmp/g.cnf > /tmp/g.out; golfer-sat.py decode /tmp/g.cnf /tmp/g.out
(CaDiCaL sc2021, the Debian package `cadical`; satisfiable after 70 s on a loaded machine, and the same plan again
after 57 s when rerun: CaDiCaL is deterministic and so is the encoding). Results of the other
structures, with the time limit of each run, are in docs/decisions/0017-golfer-designs.md.
"""
import itertools
import json
import os
import sys

# GOLFER_SAT="N SIZE ROUNDS" changes the instance (used to check the encoder on rows with known plans).
N, SIZE, ROUNDS = (int(v) for v in os.environ.get("GOLFER_SAT", "32 4 10").split())
TABLES = N // SIZE


def gf_mul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        b >>= 1
        a <<= 1
        if a & 16:
            a ^= 0b10011
    return r


def gf_pow(a, e):
    r = 1
    for _ in range(e):
        r = gf_mul(r, a)
    return r


ALPHA = 2


def mult(c):
    """Multiplication by c on both levels (fixes the two zeros)."""
    return tuple(16 * (p // 16) + gf_mul(c, p % 16) for p in range(N))


def trans(t, levels=(0, 1)):
    """Translation by t on the given levels."""
    return tuple(16 * (p // 16) + ((p % 16) ^ t if p // 16 in levels else p % 16) for p in range(N))


def swap_levels():
    return tuple((p + 16) % N for p in range(N))


def compose(f, g):
    """f after g."""
    return tuple(f[g[p]] for p in range(N))


def inverse(f):
    inv = [0] * N
    for p, q in enumerate(f):
        inv[q] = p
    return tuple(inv)


IDENTITY = tuple(range(N))


def cyclic(m, shift=1, swap_fixed=False):
    """x -> x + shift on each of the N // m levels of Z_m (point level*m + x), the rest fixed (or swapped in pairs)."""
    levels = N // m
    perm = [level * m + (x + shift) % m for level in range(levels) for x in range(m)]
    rest = list(range(levels * m, N))
    if swap_fixed:
        rest = [levels * m + ((p - levels * m) ^ 1) for p in range(levels * m, N)]
    return tuple(perm + rest)


def closure(gens):
    group = {IDENTITY}
    frontier = [IDENTITY]
    while frontier:
        nxt = []
        for h in frontier:
            for g in gens:
                k = compose(g, h)
                if k not in group:
                    group.add(k)
                    nxt.append(k)
        frontier = nxt
    return sorted(group)


def left_cosets(group, sub):
    """One representative g per left coset gH."""
    seen = set()
    reps = []
    for g in group:
        if g in seen:
            continue
        reps.append(g)
        for h in sub:
            seen.add(compose(g, h))
    return reps


# Structures: G's generators, and per base round the generators of the subgroup it is invariant under.
a = ALPHA
STRUCTURES = {
    # GF(16)* (order 15) on both levels, 2 fixed points; 2 base rounds invariant under the subgroup of order 3.
    "z15": ([mult(a)], [[mult(gf_pow(a, 5))]] * 2),
    # Subgroup of order 5 of GF(16)*, 2 fixed points, 6 orbits of 5; 2 base rounds, no invariance.
    "z5": ([mult(gf_pow(a, 3))], [[]] * 2),
    # Subgroup of order 3, 10 orbits of 3 + 2 fixed points; 3 base rounds + 1 invariant round.
    "z3": ([mult(gf_pow(a, 5))], [[]] * 3 + [[mult(gf_pow(a, 5))]]),
    # Z_3 as a shift on 10 levels + 2 fixed points, with symmetry breaking: 30 meets 3 orbits of points in each
    # base round and one whole orbit in each invariant round, every orbit once; levels and shifts make them these.
    "z3b": ([cyclic(3)], [[]] * 3 + [[cyclic(3)]],
            [(0, 30, 0), (0, 30, 3), (0, 30, 6), (1, 30, 9), (1, 30, 12), (1, 30, 15), (2, 30, 18), (2, 30, 21),
             (2, 30, 24), (3, 30, 27)]),
    "z3b-3-3-1-1-1-1": ([cyclic(3)], [[]] * 2 + [[cyclic(3)]] * 4,
                        [(0, 30, 0), (0, 30, 3), (0, 30, 6), (1, 30, 9), (1, 30, 12), (1, 30, 15), (2, 30, 18),
                         (3, 30, 21), (4, 30, 24), (5, 30, 27)]),
    "z3b-3-1x7": ([cyclic(3)], [[]] + [[cyclic(3)]] * 7,
                  [(0, 30, 0), (0, 30, 3), (0, 30, 6)] + [(r, 30, 6 + 3 * r) for r in range(1, 8)]),
    "z3b-1x10": ([cyclic(3)], [[cyclic(3)]] * 10, [(r, 30, 3 * r) for r in range(10)]),
    # Translations of GF(16) (Z_2^4) on both levels: 10 = 8 + 2 (stabilizers of order 2 and 8).
    "t16-8-2": ([trans(1), trans(2), trans(4), trans(8)], [[trans(1)], [trans(1), trans(2), trans(4)]]),
    # Translations: 10 = 4 + 4 + 2.
    "t16-4-4-2": ([trans(1), trans(2), trans(4), trans(8)],
                  [[trans(1), trans(2)], [trans(1), trans(2)], [trans(1), trans(2), trans(4)]]),
    # Translations: 10 = 8 + 1 + 1.
    "t16-8-1-1": ([trans(1), trans(2), trans(4), trans(8)],
                  [[trans(1)], [trans(1), trans(2), trans(4), trans(8)], [trans(1), trans(2), trans(4), trans(8)]]),
    # Translations and multipliers of order 5 (order 80): 2 base rounds invariant under the translations (5 + 5).
    "agl5-5-5": ([trans(1), trans(2), trans(4), trans(8), mult(gf_pow(a, 3))],
                 [[trans(1), trans(2), trans(4), trans(8)]] * 2),
    # Multiplication by alpha together with the level swap (cyclic of order 30): 2 base rounds invariant under the
    # subgroup of order 6 (5 + 5).
    "z30-swap": ([compose(mult(a), swap_levels())], [[compose(mult(gf_pow(a, 5)), swap_levels())]] * 2),
    # AGL(1, 16)-like: translations and multipliers of order 5 (order 80), one base round invariant under 8
    # translations (10 images).
    "agl5-10": ([trans(1), trans(2), trans(4), trans(8), mult(gf_pow(a, 3))], [[trans(1), trans(2), trans(4)]]),
    # AGL(1, 16) (order 240): 2 base rounds invariant under the translations and the multipliers of order 3.
    "agl-5-5": ([trans(1), trans(2), trans(4), trans(8), mult(a)],
                [[trans(1), trans(2), trans(4), trans(8), mult(gf_pow(a, 5))]] * 2),
    # Translations and multipliers of order 3 (order 48): 10 = 3 + 3 + 4 and 4 + 6.
    "agl3-3-3-4": ([trans(1), trans(2), trans(4), trans(8), mult(gf_pow(a, 5))],
                   [[trans(1), trans(2), trans(4), trans(8)]] * 2 + [[trans(1), trans(gf_pow(a, 5)), mult(gf_pow(a, 5))]]),
    "agl3-4-6": ([trans(1), trans(2), trans(4), trans(8), mult(gf_pow(a, 5))],
                 [[trans(1), trans(gf_pow(a, 5)), mult(gf_pow(a, 5))], [trans(1), trans(2), trans(4)]]),
    # Z_10 on 3 levels + 2 fixed points (or the 2 points swapped): 1 base round (10 images), or 5 + 5.
    "z10": ([cyclic(10)], [[]]),
    # The same with symmetry breaking: 30 meets one point of each level over the 10 shifts; level shifts make them 0.
    "z10b": ([cyclic(10)], [[]], [(0, 30, 0), (0, 30, 10), (0, 30, 20)]),
    "z10-swap": ([cyclic(10, swap_fixed=True)], [[]]),
    # With the fixed points swapped by odd shifts, one partner of 30 can be made (0, level 0).
    "z10-swapb": ([cyclic(10, swap_fixed=True)], [[]], [(0, 30, 0)]),
    "z10-5-5": ([cyclic(10)], [[cyclic(10, 5)]] * 2),
    "z10-swap-5-5": ([cyclic(10, swap_fixed=True)], [[cyclic(10, 5, swap_fixed=True)]] * 2),
    # Z_8 on 4 levels: 8 + 2 (stabilizer of order 4), 8 + 1 + 1, 4 + 4 + 2, 4 + 4 + 1 + 1.
    "z8-8-2": ([cyclic(8)], [[], [cyclic(8, 2)]]),
    "z8-8-1-1": ([cyclic(8)], [[], [cyclic(8)], [cyclic(8)]]),
    "z8-4-4-2": ([cyclic(8)], [[cyclic(8, 4)], [cyclic(8, 4)], [cyclic(8, 2)]]),
    "z8-4-4-1-1": ([cyclic(8)], [[cyclic(8, 4)], [cyclic(8, 4)], [cyclic(8)], [cyclic(8)]]),
    # Z_16 on 2 levels: 8 + 2, 8 + 1 + 1 (stabilizers of order 2, 8, 16).
    "z16-8-2": ([cyclic(16)], [[cyclic(16, 8)], [cyclic(16, 2)]]),
    "z16-8-1-1": ([cyclic(16)], [[cyclic(16, 8)], [cyclic(16)], [cyclic(16)]]),
    # Z_5 on 6 levels + 2 fixed points as a cyclic shift (the same as "z5" up to relabelling), with symmetry
    # breaking: fixed point 30 meets each level once over its 6 partners in the 2 base rounds, so levels and shifts
    # can be chosen to make them (0, level) for levels 0-2 in base round 0 and 3-5 in base round 1.
    "z5c": ([cyclic(5)], [[]] * 2, [(0, 30, 0), (0, 30, 5), (0, 30, 10), (1, 30, 15), (1, 30, 20), (1, 30, 25)]),
    # (Z_15 needs no other variants of "z15": a round fixed by the subgroup of order 5 is impossible, so every round
    # orbit has 5 rounds, fixed by the subgroup of order 3.)
    # Checks of the encoder: AG(2, 4) as 5 translation-invariant rounds on 16 points (GOLFER_SAT="16 4 5").
    "check-ag24": ([trans(1), trans(2), trans(4), trans(8)], [[trans(1), trans(2), trans(4), trans(8)]] * 5),
    # One base round of "z15" alone (5 rounds; GOLFER_SAT="32 4 5").
    "check-z15-one": ([mult(a)], [[mult(gf_pow(a, 5))]]),
    # No assumed symmetry: 10 base rounds, with symmetry breaking (the first round fixed, golfer 0's partners in
    # round 1 fixed, rounds 1-9 ordered by golfer 0's smallest partner).
    "plain": ([], [[]] * ROUNDS),
}


class Cnf:
    def __init__(self):
        self.nvars = 0
        self.clauses = []

    def var(self):
        self.nvars += 1
        return self.nvars

    def add(self, *lits):
        self.clauses.append(lits)

    def at_most_one(self, lits):
        if len(lits) <= 6:
            for x, y in itertools.combinations(lits, 2):
                self.add(-x, -y)
            return
        # Sequential (ladder) encoding.
        prev = None
        for i, x in enumerate(lits):
            s = self.var() if i < len(lits) - 1 else None
            if s is not None:
                self.add(-x, s)
            if prev is not None:
                self.add(-prev, -x)
                if s is not None:
                    self.add(-prev, s)
            prev = s

    def exactly(self, lits, k):
        """Sequential counter with both directions: c[j] <-> at least j+1 of the literals so far."""
        count = [None] * (k + 1)  # count[j]: at least j+1 true so far (j < k+1)
        for x in lits:
            new = [self.var() for _ in range(k + 1)]
            for j in range(k + 1):
                below = count[j - 1] if j > 0 else True
                old = count[j]
                # new[j] <-> old[j] or (x and below)
                if old is not None:
                    self.add(-old, new[j])
                if below is True:
                    self.add(-x, new[j])
                elif below is not None:
                    self.add(-x, -below, new[j])
                clause = [-new[j]]
                if old is not None:
                    clause.append(old)
                if below is True:
                    self.add(*clause, x)
                elif below is not None:
                    self.add(*clause, x)
                    self.add(*clause, below)
                else:
                    self.add(*clause)
            count = new
        self.add(count[k - 1])
        self.add(-count[k])


def pair_index(x, y):
    if x > y:
        x, y = y, x
    return x * N + y


def encode(name, path):
    gens, rounds, *fixed = STRUCTURES[name]
    group = closure(gens)
    cnf = Cnf()
    bases = []
    for stab_gens in rounds:
        stab = closure(stab_gens)
        # Union-find over pairs under the stabilizer.
        parent = {}

        def find(p):
            while parent.setdefault(p, p) != p:
                parent[p] = parent[parent[p]]
                p = parent[p]
            return p

        for x, y in itertools.combinations(range(N), 2):
            for h in stab_gens:
                parent[find(pair_index(x, y))] = find(pair_index(h[x], h[y]))
        var_of = {}
        pv = {}
        for x, y in itertools.combinations(range(N), 2):
            root = find(pair_index(x, y))
            if root not in var_of:
                var_of[root] = cnf.var()
            pv[pair_index(x, y)] = var_of[root]
        reps = left_cosets(group, stab)
        bases.append((pv, reps))

    total = sum(len(reps) for _, reps in bases)
    if total != ROUNDS:
        raise SystemExit(f"{name}: {total} rounds, not {ROUNDS}")

    for pv, _ in bases:
        p = lambda x, y: pv[pair_index(x, y)]  # noqa: E731
        for x, y, z in itertools.combinations(range(N), 3):
            cnf.add(-p(x, y), -p(y, z), p(x, z))
            cnf.add(-p(x, y), -p(x, z), p(y, z))
            cnf.add(-p(x, z), -p(y, z), p(x, y))
        for x in range(N):
            # Partners merged by the stabilizer share a variable and are still counted once each.
            cnf.exactly([p(x, y) for y in range(N) if y != x], SIZE - 1)

    inverses = {}
    for x, y in itertools.combinations(range(N), 2):
        lits = []
        for pv, reps in bases:
            for g in reps:
                gi = inverses.setdefault(g, inverse(g))
                lits.append(pv[pair_index(gi[x], gi[y])])
        cnf.at_most_one(lits)

    for base, x, y in (fixed[0] if fixed else []):
        cnf.add(bases[base][0][pair_index(x, y)])

    if name == "plain":
        pv0 = bases[0][0]
        for t in range(TABLES):
            for x, y in itertools.combinations(range(4 * t, 4 * t + 4), 2):
                cnf.add(pv0[pair_index(x, y)])
        # Tables 1..7 of the first round, the golfers within a table and rounds 1..9 are interchangeable: order
        # rounds 1..9 by golfer 0's smallest partner (each round's smallest is above the previous round's), so
        # round 1 holds 0's smallest partner overall, which may then be golfer 4, with 8 and 12.
        for y in (4, 8, 12):
            cnf.add(bases[1][0][pair_index(0, y)])
        for r in range(2, ROUNDS):
            for z in range(4, N):
                cnf.add(-bases[r][0][pair_index(0, z)], *[bases[r - 1][0][pair_index(0, w)] for w in range(4, z)])

    with open(path, "w") as f:
        f.write(f"p cnf {cnf.nvars} {len(cnf.clauses)}\n")
        for c in cnf.clauses:
            f.write(" ".join(map(str, c)) + " 0\n")
    with open(path + ".map", "w") as f:
        json.dump({"name": name, "bases": [[{str(k): v for k, v in pv.items()}, [list(g) for g in reps]]
                                           for pv, reps in bases]}, f)
    print(f"{name}: |G| = {len(group)}, {cnf.nvars} variables, {len(cnf.clauses)} clauses", file=sys.stderr)


def decode(path, out):
    with open(path + ".map") as f:
        m = json.load(f)
    true = set()
    with open(out) as f:
        for line in f:
            if line.startswith("s "):
                if "UNSATISFIABLE" in line:
                    raise SystemExit("UNSAT")
            if line.startswith("v "):
                true.update(int(t) for t in line[2:].split() if int(t) > 0)
    plan = []
    for pv, reps in m["bases"]:
        tables = []
        seen = set()
        for x in range(N):
            if x in seen:
                continue
            table = [x] + [y for y in range(N) if y != x and pv[str(pair_index(x, y))] in true]
            seen.update(table)
            tables.append(table)
        for g in reps:
            plan.append(sorted(sorted(g[p] for p in t) for t in tables))
    verify(plan)
    print(" ".join(str(p) for rnd in plan for t in rnd for p in t))


def verify(plan):
    assert len(plan) == ROUNDS, len(plan)
    met = set()
    for rnd in plan:
        assert len(rnd) == TABLES and all(len(t) == SIZE for t in rnd), rnd
        assert sorted(p for t in rnd for p in t) == list(range(N)), rnd
        for t in rnd:
            for x, y in itertools.combinations(t, 2):
                assert (x, y) not in met, (x, y)
                met.add((x, y))
    print(f"verified: {len(plan)} rounds, {len(met)} pairs, none twice", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1] == "encode":
        encode(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "decode":
        decode(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "list":
        print("\n".join(STRUCTURES))
