def main():
    print("main ran with", __name__)
    return 0


if __name__ == "__main__":
    main()
else:
    print("imported")
print(__name__, type(__name__).__name__)
