"""Overloads from `#pythran export` lines against the same module in CPython."""
import numpy as np
import pytest

from conftest import HERE, build, load


@pytest.fixture(scope="module")
def mods(tmp_path_factory):
    so, _ = build("overload_kernels", tmp_path_factory.mktemp("ext"))
    return load(so, "overload_kernels"), load(HERE + "/overload_kernels.py", "overload_kernels_py")


def plain(v):
    if isinstance(v, np.ndarray):
        return ("ndarray", str(v.dtype), v.tolist())
    if isinstance(v, np.generic):
        v = v.item()
    return (type(v).__name__, repr(v))


CALLS = [
    ("scale", (3, 4)), ("scale", (True, 4)), ("scale", (1.5, 2.0)), ("scale", (2, 2.5)),
    ("scale", (np.float64(1.5), 3)), ("scale", (np.arange(3.0), 2.0)), ("scale", (np.arange(3.0), 2)),
    ("scale", ([1, 2], 3)), ("norm2", ((3.0, 4.0),)), ("norm2", ((3, 4.5),)),
    ("rowsum", (np.ones((2, 3)),)), ("rowsum", (np.arange(6).reshape(2, 3),)),
    ("rowsum", (np.ones((4, 3))[::2],)), ("describe", ("a", 1)), ("describe", ("a", "b")),
    ("annotated", (41,)),
]


@pytest.mark.parametrize("name,args", CALLS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CALLS)])
def test_same_as_cpython(mods, name, args):
    ext, py = mods
    assert plain(getattr(ext, name)(*args)) == plain(getattr(py, name)(*args))


def test_first_matching_signature_wins(mods):
    assert type(mods[0].scale(3, 4)) is int      # scale(int, int)
    assert type(mods[0].scale(3, 4.0)) is float  # scale(float, float)


def test_no_match_lists_the_signatures(mods):
    with pytest.raises(TypeError) as e:
        mods[0].scale("a", k=2)
    assert str(e.value) == (
        "scale() arguments (str, k=int) match none of its exported signatures:\n"
        "    scale(x: int, k: int)\n    scale(x: float, k: float)\n"
        "    scale(x: f64[:], k: float)\n    scale(x: list[int], k: int)")
    with pytest.raises(TypeError, match=r"rowsum\(\) arguments \(numpy.ndarray\) match none"):
        mods[0].rowsum(np.ones(3, dtype=np.float32))


def test_single_export_line_gives_plain_messages(mods):
    with pytest.raises(TypeError) as e:
        mods[0].norm2((1.0, 2.0, 3.0))
    assert str(e.value) == "norm2() argument 'p' must be tuple[float, float], got tuple of length 3"


def test_internal_helpers_stay_internal(mods):
    assert not hasattr(mods[0], "helper")
    assert {"scale", "norm2", "rowsum", "describe", "annotated"} <= set(dir(mods[0]))


def test_docstrings(mods):
    assert mods[0].scale.__doc__.startswith("scale(x: int, k: int)\nscale(x: float, k: float)\n")
    assert mods[0].scale.__doc__.endswith("x times k.")
    import inspect
    assert str(inspect.signature(mods[0].norm2)) == "(p)"
