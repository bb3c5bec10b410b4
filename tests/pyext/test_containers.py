"""str, complex, lists and tuples as parameters and results: the compiled
module against the same module run by CPython."""
import numpy as np
import pytest

from conftest import HERE, build, load


@pytest.fixture(scope="module")
def mods(tmp_path_factory):
    so, _ = build("container_kernels", tmp_path_factory.mktemp("ext"))
    return load(so, "container_kernels"), load(HERE + "/container_kernels.py", "container_kernels_py")


def plain(v):
    """numpy scalars as the Python scalars they equal (a compiled float64
    result is a float); containers item by item; arrays as nested lists."""
    if isinstance(v, np.ndarray):
        return ("ndarray", str(v.dtype), v.tolist())
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, (list, tuple)):
        return (type(v).__name__, [plain(x) for x in v])
    return (type(v).__name__, repr(v))


def outcome(f, args):
    try:
        r = f(*args)
        return ("ok", plain(r), plain(list(args)))
    except Exception as e:
        return ("raised", type(e).__name__, str(e), plain(list(args)))


# each argument list is built afresh for each side: the functions mutate them
CALLS = [
    ("greet", lambda: ("bob",)), ("greet", lambda: ("é✓ ünïcode", 3)), ("greet", lambda: ("", 0)),
    ("word_lengths", lambda: ("a bb  ccc\tdddd",)), ("word_lengths", lambda: ("",)),
    ("mean_var", lambda: ([1.0, 2, 3.5],)), ("mean_var", lambda: ([np.float64(2.5), True],)),
    ("push", lambda: ([1, 2], 5)), ("push", lambda: ([0], -1)),
    ("push_and_fail", lambda: ([1],)), ("same_list", lambda: ([3],)), ("pairs", lambda: (4,)),
    ("swap", lambda: ((1, 2.5),)), ("swap", lambda: ((7, -0.0),)),
    ("nested", lambda: ([[1.0], [2.0, 3.5], []],)), ("nested", lambda: ([],)),
    ("cmul", lambda: (1 + 2j, 3 - 1j)), ("cmul", lambda: (np.complex64(1j), 1j)),
    ("cnorm", lambda: (np.array([3 + 4j, 1j]),)), ("cnorm", lambda: (np.array([3 + 4j, 1j, 2])[::2],)),
    ("cscale", lambda: (np.array([1 + 1j, 2]), 2j)),
    ("minmax", lambda: (np.array([3.0, -1.0, 2.0]),)), ("minmax", lambda: (np.zeros(0),)),
    ("ident", lambda: (np.zeros(3),)), ("tags", lambda: (["a", "b", "ccc"],)), ("tags", lambda: ([],)),
    ("grow_rows", lambda: ([[1], [2, 3]],)), ("bump_pairs", lambda: ([(1, "a"), (2, "b")],)),
    ("total_only", lambda: ([1, 2.5, True],)),
    ("pairs", lambda: ()), ("pairs", lambda: (1, 2)), ("greet", lambda: ()),
]


@pytest.mark.parametrize("name,mk", CALLS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CALLS)])
def test_same_as_cpython(mods, name, mk):
    ext, py = mods
    assert outcome(getattr(ext, name), mk()) == outcome(getattr(py, name), mk())


def test_unchanged_items_keep_their_type_and_identity(mods):
    """A function that only reads its list leaves the caller's items alone."""
    big = 10**12 + 7
    xs = [1, 2.5, True, big]
    items = list(xs)
    mods[0].total_only(xs)
    assert all(a is b for a, b in zip(xs, items))


def test_inner_lists_are_updated_in_place(mods):
    rows = [[1], [2, 3]]
    first = rows[0]
    assert mods[0].grow_rows(rows) == 3
    assert rows == [[1, 7], [2, 3], [1, 2]] and rows[0] is first


def test_returned_list_parameter_is_the_same_object(mods):
    xs = [4, 5]
    assert mods[0].same_list(xs) is xs and xs == [4, 5, 2]


def test_returned_array_parameter_is_the_same_object(mods):
    a = np.zeros(3)
    assert mods[0].ident(a) is a and a[0] == 5.0


def test_mutation_before_an_exception_is_kept(mods):
    xs = [1]
    with pytest.raises(IndexError, match="list index out of range"):
        mods[0].push_and_fail(xs)
    assert xs == [1, 99]


BAD = [
    ("mean_var", ([1, "x"],), TypeError, "mean_var() argument 'xs' must be list[float], got list containing str"),
    ("mean_var", ((1.0, 2.0),), TypeError, "mean_var() argument 'xs' must be list[float], got tuple"),
    ("mean_var", (np.ones(3),), TypeError, "mean_var() argument 'xs' must be list[float], got numpy.ndarray"),
    ("swap", ((1, 2, 3),), TypeError, "swap() argument 'p' must be tuple[int, float], got tuple of length 3"),
    ("swap", ([1, 2.0],), TypeError, "swap() argument 'p' must be tuple[int, float], got list"),
    ("swap", ((1.5, 2.0),), TypeError, "swap() argument 'p' must be tuple[int, float], got tuple containing float"),
    ("nested", ([[1.0], [2, "a"]],), TypeError,
     "nested() argument 'rows' must be list[list[float]], got list containing str"),
    ("nested", ([1.0],), TypeError, "nested() argument 'rows' must be list[list[float]], got list containing float"),
    ("bump_pairs", ([(1, "a"), (2, 3)],), TypeError,
     "bump_pairs() argument 'ps' must be list[tuple[int, str]], got list containing int"),
    ("bump_pairs", ([(1, "a", 2)],), TypeError,
     "bump_pairs() argument 'ps' must be list[tuple[int, str]], got list containing tuple of length 3"),
    ("word_lengths", (5,), TypeError, "word_lengths() argument 'text' must be str, got int"),
    ("word_lengths", (b"ab",), TypeError, "word_lengths() argument 'text' must be str, got bytes"),
    ("greet", (None,), TypeError, "greet() argument 'name' must be str, got NoneType"),
    ("cmul", ("1", 2), TypeError, "cmul() argument 'a' must be complex, got str"),
    ("cmul", (1j, None), TypeError, "cmul() argument 'b' must be complex, got NoneType"),
    ("cnorm", (np.ones(2),), TypeError,
     "cnorm() argument 'z' must be a complex128 array with 1 dimension, got float64 array with 1 dimension"),
    ("push", ([2**70], 1), OverflowError, "push() argument 'xs' holds an int that does not fit in 64 bits"),
    ("push", ([1], 2**64), OverflowError, "push() argument 'v' is an int that does not fit in 64 bits"),
]


@pytest.mark.parametrize("name,args,exc,msg", BAD, ids=[f"{b[0]}-{i}" for i, b in enumerate(BAD)])
def test_bad_arguments_name_the_parameter(mods, name, args, exc, msg):
    with pytest.raises(exc) as e:
        getattr(mods[0], name)(*args)
    assert str(e.value) == msg


def test_bad_argument_leaves_the_list_untouched(mods):
    xs = [1, "x"]
    with pytest.raises(TypeError):
        mods[0].mean_var(xs)
    assert xs == [1, "x"]


def test_containers_do_not_leak(mods):
    import resource
    f = mods[0].pairs
    for _ in range(2000):
        f(50)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(20000):
        f(50)  # 50 tuples with strs a call: a leak shows as megabytes
        mods[0].nested([[1.0, 2.0], [3.0]])
        mods[0].tags(["ab", "cd"])
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert after - before < 2048
